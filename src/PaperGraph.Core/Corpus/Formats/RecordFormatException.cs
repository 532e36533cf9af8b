namespace PaperGraph.Core.Corpus.Formats;

/// <summary>Thrown by a format parser when a record lacks what a paper needs; the message names the problem.</summary>
internal sealed class RecordFormatException(string message) : Exception(message);
