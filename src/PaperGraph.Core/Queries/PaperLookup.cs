using PaperGraph.Core.Graph;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Queries;

/// <summary>Finds a paper from what a user gives: its id, one of its keys (<c>openalex:W...</c>, <c>s2:...</c>, a DOI
/// or arXiv id under another node), its exact title, or words of its title (best match).</summary>
public sealed class PaperLookup(IGraphStore store)
{
    public async Task<PaperDetails?> FindAsync(string idOrTitle, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(idOrTitle))
        {
            return null;
        }
        var paper = await store.GetPaperAsync(idOrTitle, cancellationToken)
            ?? await store.GetPaperAsync(PaperIdentity.For(idOrTitle), cancellationToken);
        if (paper is not null)
        {
            return paper;
        }
        if ((await store.FindPapersByKeyAsync([idOrTitle.Trim()], cancellationToken)).Values.FirstOrDefault() is { } keyed)
        {
            return await store.GetPaperAsync(keyed, cancellationToken);
        }
        var hits = await store.SearchAsync(new SearchQuery(idOrTitle, new HashSet<NodeKind> { NodeKind.Paper }, Limit: 1, Prefix: false), cancellationToken);
        return hits.Count == 0 ? null : await store.GetPaperAsync(hits[0].NodeId, cancellationToken);
    }
}
