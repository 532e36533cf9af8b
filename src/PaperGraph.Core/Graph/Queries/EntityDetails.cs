using PaperGraph.Core.Model;

namespace PaperGraph.Core.Graph.Queries;

/// <summary>An entity page: names, variant tree, papers by role and co-occurring entities. The papers are those
/// of the entity and of its variants, so a dataset page lists what its leaderboard ranks.</summary>
public sealed record EntityDetails(
    EntityRef Entity,
    IReadOnlyList<string> Aliases,
    EntityRef? Parent,
    IReadOnlyList<EntityRef> Variants,
    IReadOnlyList<EntityPaperLink> Papers,
    int TotalPapers,
    IReadOnlyList<EntityCount> CoOccurring);

/// <summary>A paper related to the entity, and how.</summary>
public sealed record EntityPaperLink(PaperSummary Paper, RelationType Role);

/// <summary>An entity with a count of papers (co-occurrence or usage).</summary>
public sealed record EntityCount(EntityRef Entity, int Papers);
