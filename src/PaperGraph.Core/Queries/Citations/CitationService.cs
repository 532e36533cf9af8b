using PaperGraph.Core.Graph;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Queries.Citations;

/// <summary>Citation questions for every front end: a paper's references and citers to a depth, and the shortest
/// chain of citations between two papers. Walks the store's paper links level by level.</summary>
public sealed class CitationService(IGraphStore store, PaperLookup papers)
{
    public const int MaxDepth = 5;

    /// <summary>Papers listed per side at most: a much-cited paper's citers at depth 3 are the whole field.</summary>
    public const int MaxPapersPerSide = 500;

    /// <summary>The longest chain of citations <see cref="GetPathAsync"/> looks for.</summary>
    public const int MaxPathSteps = 6;

    private readonly CitationPathFinder _paths = new(store);

    public async Task<CitationReport?> GetCitationsAsync(string paper, int depth = 1, CitationDirection direction = CitationDirection.Both,
        CancellationToken cancellationToken = default)
    {
        if (depth is < 1 or > MaxDepth)
        {
            throw new ArgumentOutOfRangeException(nameof(depth), depth, $"The depth must be from 1 to {MaxDepth}.");
        }
        if (await FindPaperAsync(paper, cancellationToken) is not { } node)
        {
            return null;
        }
        var references = direction == CitationDirection.In ? [] : await WalkAsync(node, depth, outward: true, cancellationToken);
        var citedBy = direction == CitationDirection.Out ? [] : await WalkAsync(node, depth, outward: false, cancellationToken);
        return new CitationReport(node, depth, references, citedBy);
    }

    /// <summary>The shortest chain of citations between two papers (each found as <see cref="FindPaperAsync"/> does),
    /// whichever way each citation runs; null when either paper is unknown.</summary>
    public async Task<CitationPath?> GetPathAsync(string from, string to, CancellationToken cancellationToken = default)
    {
        if (await FindPaperAsync(from, cancellationToken) is not { } start || await FindPaperAsync(to, cancellationToken) is not { } end)
        {
            return null;
        }
        if (start.Id == end.Id)
        {
            return new CitationPath(start, end, [start], []);
        }
        var links = await _paths.FindAsync(start.Id, end.Id, MaxPathSteps, cancellationToken);
        if (links.Count == 0)
        {
            return new CitationPath(start, end, [], []);
        }
        var papers = new List<CitationNode> { start };
        foreach (var link in links)
        {
            papers.Add(link.Source.Id == papers[^1].Id ? link.Target : link.Source);
        }
        return new CitationPath(start, end, papers, links);
    }

    /// <summary>Breadth first along one direction; each paper is listed once, at the depth it is first reached.</summary>
    private async Task<List<CitationEntry>> WalkAsync(CitationNode start, int depth, bool outward, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { start.Id };
        var entries = new List<CitationEntry>();
        var frontier = new List<string> { start.Id };
        for (var level = 1; level <= depth && frontier.Count > 0 && entries.Count < MaxPapersPerSide; level++)
        {
            var frontierSet = frontier.ToHashSet(StringComparer.Ordinal);
            var links = await store.GetPaperLinksAsync(frontier, cancellationToken: cancellationToken);
            var next = new List<string>();
            var steps = links
                .Select(link => outward ? (From: link.Source, To: link.Target, link.Type) : (From: link.Target, To: link.Source, link.Type))
                .Where(step => frontierSet.Contains(step.From.Id) && !seen.Contains(step.To.Id))
                .GroupBy(step => step.To.Id, StringComparer.Ordinal);
            foreach (var group in steps.OrderBy(group => group.Key, StringComparer.Ordinal))
            {
                if (entries.Count == MaxPapersPerSide)
                {
                    break;
                }
                var via = group.First().From.Id;
                var origins = group.Where(step => step.From.Id == via).Select(step => OriginOf(step.Type)).Distinct().Order().ToList();
                entries.Add(new CitationEntry(group.First().To, level, level == 1 ? null : via, origins));
                seen.Add(group.Key);
                next.Add(group.Key);
            }
            frontier = next;
        }
        return entries
            .OrderBy(entry => entry.Depth)
            .ThenByDescending(entry => entry.Paper.Year ?? int.MinValue)
            .ThenBy(entry => entry.Paper.Title, StringComparer.Ordinal)
            .ToList();
    }

    private static CitationOrigin OriginOf(RelationType type) => type == RelationType.Cites ? CitationOrigin.Imported : CitationOrigin.Derived;

    /// <summary>The asked paper as a citation node: found by id, key, or title, with its citations in the corpus.</summary>
    public async Task<CitationNode?> FindPaperAsync(string paper, CancellationToken cancellationToken = default)
    {
        if (await papers.FindAsync(paper, cancellationToken) is not { } details)
        {
            return null;
        }
        var p = details.Paper;
        var citedBy = (await store.GetPaperLinksAsync([p.Id], PaperLinkScope.CitesOnly, cancellationToken)).Count(link => link.Target.Id == p.Id);
        return new CitationNode(p.Id, p.Title, p.Year, p.IsStub, citedBy);
    }
}
