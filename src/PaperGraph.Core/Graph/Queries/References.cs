using PaperGraph.Core.Model;

namespace PaperGraph.Core.Graph.Queries;

/// <summary>A link to an entity node: its key (<see cref="EntityKey"/>), type and canonical name.</summary>
public sealed record EntityRef(string Key, EntityType Type, string Name);

/// <summary>A link to a paper node.</summary>
public sealed record PaperSummary(string Id, string Title, int? Year);
