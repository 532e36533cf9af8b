using PaperGraph.Core.Corpus;

namespace PaperGraph.Core.Import;

/// <summary>How <see cref="CorpusImporter"/> imports.</summary>
public sealed class ImportOptions
{
    /// <summary>Papers written per store transaction.</summary>
    public int BatchSize { get; set; } = 1000;

    /// <summary>Validate every file first and import nothing if any record is bad.</summary>
    public bool Strict { get; set; }

    /// <summary>The corpus format; null detects it per file from extension and content.</summary>
    public CorpusFormat? Format { get; set; }

    /// <summary>New papers <see cref="ImportSummary.AddedPapers"/> lists; the count covers all of them.</summary>
    public int ListedPapers { get; set; } = 100;

    /// <summary>Threads extracting at once; 1 extracts sequentially.</summary>
    public int MaxDegreeOfParallelism { get; set; } = Environment.ProcessorCount;
}
