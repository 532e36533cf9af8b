namespace PaperGraph.Web.Import;

/// <summary>Where the first-start import of the seed corpus stands.</summary>
public enum ImportState
{
    Pending,
    Importing,
    Completed,
    Skipped,
    Failed,
}
