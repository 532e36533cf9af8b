using PaperGraph.Core.Graph;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Queries;

/// <summary>Builds <see cref="MethodDatasetGraph"/>s from the store's matrix (the overview) and evaluation partners
/// (around one method or dataset): both are single, cached or indexed store reads at any corpus size.</summary>
public sealed class MethodDatasetGraphService(IGraphStore store)
{
    /// <summary>Rows and columns of the overview: enough to see the field, few enough to read on one screen.</summary>
    public const int OverviewMethods = 15;
    public const int OverviewDatasets = 10;

    /// <summary>The most connected methods and datasets and the pairs among them; entities without a pair are left out.</summary>
    public async Task<MethodDatasetGraph> OverviewAsync(CancellationToken cancellationToken = default)
    {
        var matrix = await store.GetMatrixAsync(OverviewMethods, OverviewDatasets, cancellationToken);
        var links = matrix.Cells
            .Select(cell => new MethodDatasetLink(matrix.Methods[cell.MethodIndex].Key, matrix.Datasets[cell.DatasetIndex].Key, cell.Papers))
            .ToList();
        return Build([.. matrix.Methods, .. matrix.Datasets], links);
    }

    /// <summary>A method or dataset and its partners (at most <paramref name="limit"/>); empty for any other node.</summary>
    public async Task<MethodDatasetGraph> AroundAsync(string entityKey, int limit, CancellationToken cancellationToken = default)
    {
        if (await store.ResolveEntityAsync(entityKey, cancellationToken: cancellationToken) is not { Type: EntityType.Method or EntityType.Dataset } entity
            || entity.Key != entityKey)
        {
            return MethodDatasetGraph.Empty;
        }
        var partners = await store.GetEvaluationPartnersAsync(entity.Key, limit, cancellationToken);
        var links = partners
            .Select(partner => entity.Type == EntityType.Method
                ? new MethodDatasetLink(entity.Key, partner.Entity.Key, partner.Papers)
                : new MethodDatasetLink(partner.Entity.Key, entity.Key, partner.Papers))
            .ToList();
        return Build([entity, .. partners.Select(partner => partner.Entity)], links);
    }

    private static MethodDatasetGraph Build(IReadOnlyList<EntityRef> entities, IReadOnlyList<MethodDatasetLink> links)
    {
        var papers = links
            .SelectMany(link => new[] { (Key: link.MethodKey, link.Papers), (Key: link.DatasetKey, link.Papers) })
            .GroupBy(end => end.Key)
            .ToDictionary(group => group.Key, group => group.Sum(end => end.Papers));
        var nodes = entities
            .Where(entity => papers.ContainsKey(entity.Key))
            .DistinctBy(entity => entity.Key)
            .Select(entity => new GraphNode(entity.Key, NodeKinds.Of(entity.Type), entity.Name, papers[entity.Key]))
            .ToList();
        return new MethodDatasetGraph(nodes, links);
    }
}
