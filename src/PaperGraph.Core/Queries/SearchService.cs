using PaperGraph.Core.Graph;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Queries;

/// <summary>Search for every front end: the store's full-text ranking, except that the node named exactly what
/// was typed, by its canonical name or an alias, comes first: "CIFAR10" leads with CIFAR-10, not CIFAR-100, and
/// "ImageNet" with the ImageNet dataset, not "Imagenet32x32".</summary>
public sealed class SearchService(IGraphStore store, EntityLookup entities)
{
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var hits = await store.SearchAsync(query, cancellationToken);
        var typed = EntityKey.Fold(query.Text);
        if (typed.Length == 0 || hits.Count == 0)
        {
            return hits;
        }
        var named = await entities.ResolveAsync(query.Text, cancellationToken: cancellationToken);
        return hits
            .OrderByDescending(hit => hit.NodeId == named?.Key)
            .ThenByDescending(hit => EntityKey.Fold(hit.Label) == typed)
            .ToList();
    }
}
