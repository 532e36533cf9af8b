namespace PaperGraph.Core.Curation;

/// <summary>Who asks for a curation operation, why, and what they saw.</summary>
/// <param name="Curator">Named in the audit log.</param>
/// <param name="Note">Optional reason, kept in the log.</param>
/// <param name="SeenVersions">The entity versions (<see cref="Graph.ICurationStore.GetEntityVersionsAsync"/>) the curator
/// decided on; a key that changed since fails with <see cref="CurationConflictException"/>. Keys left out are not
/// checked, so null checks nothing.</param>
/// <param name="Progress">Told how far rebuilding the touched papers is, for a progress bar.</param>
public sealed record CurationRequest(
    string Curator, string? Note = null, IReadOnlyDictionary<string, long>? SeenVersions = null, IProgress<CurationProgress>? Progress = null);

/// <summary>What a curation operation did.</summary>
/// <param name="Entry">The audit entry written (for an undo, the entry withdrawn).</param>
/// <param name="PapersRebuilt">Papers re-extracted and written again.</param>
/// <param name="EntitiesRemoved">Entities left without any relation and removed.</param>
public sealed record CurationOutcome(CurationEntry Entry, int PapersRebuilt, int EntitiesRemoved);
