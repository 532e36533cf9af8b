namespace PaperGraph.Core.Corpus;

/// <summary>Limits applied while reading corpus files.</summary>
public sealed class CorpusReaderOptions
{
    /// <summary>Longest line accepted, in bytes; longer lines are rejected without being buffered.
    /// Real abstracts are a few kilobytes, so 1 MiB leaves ample room.</summary>
    public int MaxLineBytes { get; set; } = 1024 * 1024;
}
