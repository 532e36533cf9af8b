using PaperGraph.Core.Graph;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;

namespace PaperGraph.Web.Services;

/// <summary>Search for the home page and the API: the store's full-text ranking, except that nodes named
/// exactly what was typed come first, so "ImageNet" leads with the ImageNet dataset, not "Imagenet32x32".</summary>
public sealed class SearchService(IGraphStore store)
{
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        var hits = await store.SearchAsync(query, cancellationToken);
        var typed = EntityKey.Fold(query.Text);
        return typed.Length == 0
            ? hits
            : hits.OrderByDescending(h => EntityKey.Fold(h.Label) == typed).ToList();
    }
}
