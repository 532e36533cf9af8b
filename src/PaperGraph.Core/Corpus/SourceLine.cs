namespace PaperGraph.Core.Corpus;

/// <summary>One line of a corpus file: its decoded text, or why it could not be read.</summary>
/// <param name="Number">1-based line number.</param>
/// <param name="EndsFile">True when the problem stops reading the file (binary content).</param>
internal readonly record struct SourceLine(int Number, string? Text, string? Problem, bool EndsFile = false);
