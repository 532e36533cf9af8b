namespace PaperGraph.Web.Import;

/// <summary>One moment of the seed import.</summary>
/// <param name="PapersTotal">Papers expected, when the importer knows it.</param>
/// <param name="Message">A readable summary or error, once finished.</param>
public sealed record ImportSnapshot(ImportState State, int PapersProcessed, int? PapersTotal, string? Message)
{
    /// <summary>Before the importer has started.</summary>
    public static ImportSnapshot Pending { get; } = new(ImportState.Pending, 0, null, null);

    public bool IsFinished => State is ImportState.Completed or ImportState.Skipped or ImportState.Failed;

    /// <summary>Percentage done, or null when the total is unknown.</summary>
    public double? Percent => PapersTotal is > 0 ? 100.0 * PapersProcessed / PapersTotal.Value : null;
}
