namespace PaperGraph.Core.Curation;

/// <summary>One decision in the audit log: what, by whom, when, and whether it was undone (and by whom).</summary>
/// <param name="Id">Increasing with time: a later decision has a larger id.</param>
/// <param name="PaperIds">The papers the decision touched when it was made: rebuilt again when it is undone, so a
/// removed entity comes back on the papers it was removed from.</param>
public sealed record CurationEntry(
    long Id,
    CurationRule Rule,
    string Curator,
    DateTimeOffset At,
    string? Note,
    IReadOnlyList<string> PaperIds,
    CurationUndo? Undone)
{
    public bool IsActive => Undone is null;
}

/// <summary>Who withdrew a decision, and when.</summary>
public sealed record CurationUndo(string Curator, DateTimeOffset At);

/// <summary>A decision to append to the log.</summary>
/// <param name="PaperIds">The papers it touches now (see <see cref="CurationEntry.PaperIds"/>).</param>
public sealed record NewCurationEntry(CurationRule Rule, string Curator, string? Note, IReadOnlyList<string> PaperIds);

/// <summary>A page of the audit log, newest first.</summary>
/// <param name="Total">Entries in the whole log.</param>
public sealed record CurationLogPage(IReadOnlyList<CurationEntry> Entries, int Total);
