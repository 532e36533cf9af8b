using PaperGraph.Core.Graph;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Queries;

/// <summary>An entity given by any of its names and the entities on the other side of its method–dataset pairs.</summary>
public sealed record EvaluationPartners(EntityRef Entity, IReadOnlyList<EvaluationPartner> Partners);

/// <summary>"Which methods are evaluated on this dataset" and "which datasets is this method evaluated on": the one answer
/// the CLI and the entity pages give, for any name the entity is known by.</summary>
public sealed class EvaluationPartnerService(IGraphStore store, EntityLookup entities)
{
    /// <summary>Partners listed by default: a screenful, and a small page state for the web pages.</summary>
    public const int DefaultLimit = 25;

    /// <summary>The partners of a dataset (its methods) or of a method (its datasets); null when no entity of that type
    /// goes by the name.</summary>
    public async Task<EvaluationPartners?> GetAsync(
        string nameOrKey, EntityType type, int limit = DefaultLimit, CancellationToken cancellationToken = default)
    {
        if (type is not (EntityType.Dataset or EntityType.Method))
        {
            throw new ArgumentOutOfRangeException(nameof(type), type, "Only datasets and methods are evaluated together.");
        }
        return await entities.ResolveAsync(nameOrKey, type, cancellationToken) is { } entity
            ? new EvaluationPartners(entity, await store.GetEvaluationPartnersAsync(entity.Key, limit, cancellationToken))
            : null;
    }
}
