namespace PaperGraph.Core.Corpus;

/// <summary>A problem with one record (or a whole file) of a corpus.</summary>
/// <param name="Line">1-based line number; 0 when the problem concerns the file as a whole (not found, unreadable).</param>
public sealed record CorpusError(string File, int Line, string Message)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}
