using PaperGraph.Core.Graph.Queries;

namespace PaperGraph.Core.Curation;

/// <summary>A curation request that cannot be carried out as asked (an unknown or ambiguous entity, merging an entity
/// into itself, undoing what is not there); nothing was written.</summary>
public sealed class CurationRequestException(string message, IReadOnlyList<EntityRef>? candidates = null) : Exception(message)
{
    /// <summary>For an ambiguous name: the entities it could mean.</summary>
    public IReadOnlyList<EntityRef> Candidates { get; } = candidates ?? [];
}
