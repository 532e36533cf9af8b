using PaperGraph.Core.Graph;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Queries.Citations;

/// <summary>Breadth first from both ends at once over CITES edges, either way round: a chain such as "A cites X, B
/// cites X" joins two papers as much as "A cites B" does, and each search side stays a few levels shallow. Built on
/// <see cref="IGraphStore.GetPaperLinksAsync"/>, so every store answers it alike.</summary>
internal sealed class CitationPathFinder(IGraphStore store)
{
    /// <summary>Papers one side expands at most per level: a much-cited paper's citers are enough to meet in.</summary>
    private const int MaxFrontier = 2_000;

    public async Task<IReadOnlyList<PaperLink>> FindAsync(string fromId, string toId, int maxSteps, CancellationToken cancellationToken)
    {
        var fromSide = new Side(fromId);
        var toSide = new Side(toId);
        for (var steps = 0; steps < maxSteps && fromSide.Frontier.Count > 0 && toSide.Frontier.Count > 0; steps++)
        {
            // The smaller frontier is cheaper to expand.
            var side = fromSide.Frontier.Count <= toSide.Frontier.Count ? fromSide : toSide;
            var other = ReferenceEquals(side, fromSide) ? toSide : fromSide;
            var links = await store.GetPaperLinksAsync(side.Frontier, cancellationToken: cancellationToken);
            var next = new List<string>();
            var meetings = new HashSet<string>(StringComparer.Ordinal);
            foreach (var link in links.Where(link => link.Type == RelationType.Cites))
            {
                foreach (var (here, there) in new[] { (link.Source.Id, link.Target.Id), (link.Target.Id, link.Source.Id) })
                {
                    if (!side.Frontier.Contains(here))
                    {
                        continue;
                    }
                    if (side.Reach(there, link) && next.Count < MaxFrontier)
                    {
                        next.Add(there);
                    }
                    if (other.Parents.ContainsKey(there))
                    {
                        meetings.Add(there);
                    }
                }
            }
            // Every meeting this level is as deep on this side; the shallowest on the other side makes the shortest chain.
            if (meetings.Count > 0)
            {
                var meeting = meetings.OrderBy(paper => other.Chain(paper).Count).ThenBy(paper => paper, StringComparer.Ordinal).First();
                return Join(fromSide.Chain(meeting), toSide.Chain(meeting));
            }
            side.Frontier = next.ToHashSet(StringComparer.Ordinal);
        }
        return [];
    }

    /// <summary>The from side's chain to the meeting paper, then the to side's chain back out of it.</summary>
    private static List<PaperLink> Join(List<PaperLink> fromChain, List<PaperLink> toChain)
    {
        fromChain.Reverse();
        return [.. fromChain, .. toChain];
    }

    private sealed class Side(string start)
    {
        public HashSet<string> Frontier { get; set; } = new(StringComparer.Ordinal) { start };

        /// <summary>Each reached paper with the link it was reached by; null for the start.</summary>
        public Dictionary<string, PaperLink?> Parents { get; } = new(StringComparer.Ordinal) { [start] = null };

        public bool Reach(string paper, PaperLink link) => Parents.TryAdd(paper, link);

        /// <summary>The links from <paramref name="paper"/> back to the start, nearest first.</summary>
        public List<PaperLink> Chain(string paper)
        {
            var chain = new List<PaperLink>();
            for (var at = paper; Parents.GetValueOrDefault(at) is { } link; at = link.Source.Id == at ? link.Target.Id : link.Source.Id)
            {
                chain.Add(link);
            }
            return chain;
        }
    }
}
