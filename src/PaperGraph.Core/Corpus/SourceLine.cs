namespace PaperGraph.Core.Corpus;

/// <summary>One line of a corpus file: its decoded text, or why it could not be read.</summary>
/// <param name="Number">1-based line number.</param>
internal readonly record struct SourceLine(int Number, string? Text, string? Problem);
