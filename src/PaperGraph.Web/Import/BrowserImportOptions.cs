namespace PaperGraph.Web.Import;

/// <summary>Importing from the browser (the Import page and <c>POST /api/import</c>), section "PaperGraph":
/// <c>PaperGraph:AllowImport</c>, <c>PaperGraph:MaxImportBytes</c>, <c>PaperGraph:ImportBatchSize</c>.</summary>
public sealed class BrowserImportOptions
{
    /// <summary>The operator's switch: off by default, so that a server left open on a network takes no uploads
    /// until someone decides it should. Even when on, only signed-in curators may import.</summary>
    public bool AllowImport { get; set; }

    /// <summary>Largest upload of one import, all its files together. The upload endpoint's request body limit and
    /// the page's browser-file stream limit are set from it.</summary>
    public long MaxImportBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>Papers written per transaction; smaller than the CLI's, so that the page's progress moves on files of
    /// a few thousand records.</summary>
    public int ImportBatchSize { get; set; } = 250;
}
