namespace PaperGraph.Core.Curation;

/// <summary>Another curator changed an entity since this one looked at it: nothing was written. Carries the current
/// state so the loser can see what changed and decide again.</summary>
public sealed class CurationConflictException : Exception
{
    public CurationConflictException(IReadOnlyDictionary<string, long> currentVersions, CurationEntry? latest)
        : base(Describe(currentVersions, latest))
    {
        CurrentVersions = currentVersions;
        Latest = latest;
    }

    /// <summary>The versions the entities have now.</summary>
    public IReadOnlyDictionary<string, long> CurrentVersions { get; }

    /// <summary>The latest decision (or undo) about these entities, made by someone else meanwhile; null when unknown.</summary>
    public CurationEntry? Latest { get; }

    private static string Describe(IReadOnlyDictionary<string, long> versions, CurationEntry? latest)
    {
        var what = string.Join(", ", versions.Select(v => $"{v.Key} (now version {v.Value})"));
        var who = latest is null ? "" : latest.Undone is { } undo
            ? $" {undo.Curator} undid entry {latest.Id} at {undo.At:u}."
            : $" {latest.Curator} made entry {latest.Id} ({latest.Rule.GetType().Name}) at {latest.At:u}.";
        return $"Changed by someone else since you looked: {what}.{who} Nothing was written; look again and retry.";
    }
}
