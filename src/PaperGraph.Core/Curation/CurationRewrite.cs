using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Curation;

/// <summary>What a decision or undo changes in the graph: the entities to rewrite and every paper linked to them, rebuilt
/// under the rules in force after it. A store writes it in the same transaction as the log change, so a decision never
/// shows in the log without its effect, nor the reverse.</summary>
public sealed record CurationRewrite(IReadOnlyCollection<string> EntityKeys, IReadOnlyList<PaperRecord> Papers)
{
    /// <summary>A log change that rewrites nothing (a rejected suggestion).</summary>
    public static CurationRewrite None { get; } = new([], []);

    public bool IsEmpty => EntityKeys.Count == 0 && Papers.Count == 0;
}

/// <summary>A log change as written: the entry (for an undo, the entry withdrawn) and the entities its rewrite removed
/// for being left without relations or variants.</summary>
public sealed record CurationWrite(CurationEntry Entry, int EntitiesRemoved);
