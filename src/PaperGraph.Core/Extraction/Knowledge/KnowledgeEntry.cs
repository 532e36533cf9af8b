using PaperGraph.Core.Model;

namespace PaperGraph.Core.Extraction.Knowledge;

/// <summary>A well-known entity with its canonical name and usual spellings.</summary>
/// <param name="Parent">Canonical name of the entity this one is a variant of.</param>
/// <param name="CaseSensitive">Match only with the spelling's own capitals (short acronyms, common words).</param>
/// <param name="LowerIsBetter">For metrics: whether smaller values are better.</param>
/// <param name="Generic">A class of methods ("convolutional neural networks"), not a named one: known so
/// that no rule takes it for a name, but never extracted as an entity.</param>
public sealed record KnowledgeEntry(
    EntityType Type,
    string Name,
    IReadOnlyList<string> Aliases,
    string? Parent,
    bool CaseSensitive,
    bool LowerIsBetter,
    bool Generic = false)
{
    /// <summary>For metrics: a proportion, stated in percent ("accuracy", "AP", "WER").</summary>
    public bool Percentage { get; init; }

    /// <summary>For metrics: a compute or size budget ("GPU days", "FLOPs", "latency"), shown beside
    /// scores and never ranked.</summary>
    public bool Cost { get; init; }

    /// <summary>For metrics: the canonical name of the metric this one is 100 minus ("top-1 error" for
    /// "top-1 accuracy"); they are kept apart but shown side by side.</summary>
    public string? Complement { get; init; }
}
