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
        if (await entities.ResolveAsync(nameOrKey, type, cancellationToken) is not { } entity)
        {
            return null;
        }
        var partners = await store.GetEvaluationPartnersAsync(entity.Key, limit, cancellationToken);
        if (type == EntityType.Method)
        {
            return new EvaluationPartners(entity, partners);
        }
        // A dataset's variants are the family its leaderboard ranks: each pair stays on its own variant, marked as such.
        var onVariants = new List<EvaluationPartner>(partners);
        foreach (var variant in await VariantsAsync(entity, cancellationToken))
        {
            onVariants.AddRange((await store.GetEvaluationPartnersAsync(variant.Key, limit, cancellationToken))
                .Select(partner => partner with { Variant = variant }));
        }
        return new EvaluationPartners(entity, onVariants
            .OrderByDescending(partner => partner.Papers)
            .ThenBy(partner => partner.Variant is not null)
            .ThenBy(partner => partner.Entity.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(partner => partner.Variant?.Name, StringComparer.OrdinalIgnoreCase)
            .Take(limit)
            .ToList());
    }

    /// <summary>The dataset's variants as its leaderboard finds them (recursively); reading no papers of the page.</summary>
    private async Task<IReadOnlyList<EntityRef>> VariantsAsync(EntityRef dataset, CancellationToken cancellationToken) =>
        (await store.GetReportsOnAsync(new ReportsOnQuery(dataset.Key, Limit: 0), cancellationToken))?.Variants ?? [];
}
