using PaperGraph.Core.Graph;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Queries.Citations;

/// <summary>Citation questions for every front end: a paper's references and citers to a depth, and its related
/// papers by co-citation and bibliographic coupling. Walks the store's paper links level by level.</summary>
public sealed class CitationService(IGraphStore store, PaperLookup papers)
{
    public const int MaxDepth = 5;

    /// <summary>Papers listed per side at most: a much-cited paper's citers at depth 3 are the whole field.</summary>
    public const int MaxPapersPerSide = 500;

    /// <summary>Related papers listed at most.</summary>
    public const int MaxRelated = 50;

    public async Task<CitationReport?> GetCitationsAsync(string paper, int depth = 1, CitationDirection direction = CitationDirection.Both,
        CancellationToken cancellationToken = default)
    {
        if (depth is < 1 or > MaxDepth)
        {
            throw new ArgumentOutOfRangeException(nameof(depth), depth, $"The depth must be from 1 to {MaxDepth}.");
        }
        if (await NodeOfAsync(paper, cancellationToken) is not { } node)
        {
            return null;
        }
        var references = direction == CitationDirection.In ? [] : await WalkAsync(node, depth, outward: true, cancellationToken);
        var citedBy = direction == CitationDirection.Out ? [] : await WalkAsync(node, depth, outward: false, cancellationToken);
        return new CitationReport(node, depth, references, citedBy);
    }

    public async Task<RelatedPapers?> GetRelatedAsync(string paper, CancellationToken cancellationToken = default)
    {
        if (await NodeOfAsync(paper, cancellationToken) is not { } node)
        {
            return null;
        }
        var links = Citations(await store.GetPaperLinksAsync([node.Id], cancellationToken));
        var references = links.Where(link => link.Source.Id == node.Id).Select(link => link.Target.Id).ToHashSet(StringComparer.Ordinal);
        var citers = links.Where(link => link.Target.Id == node.Id).Select(link => link.Source.Id).ToHashSet(StringComparer.Ordinal);
        var around = Citations(await store.GetPaperLinksAsync(references.Union(citers).Take(IGraphStore.MaxEdgesAmongNodes).ToList(), cancellationToken));
        var found = new Dictionary<string, (CitationNode Node, HashSet<string> Citers, HashSet<string> References)>(StringComparer.Ordinal);
        foreach (var link in around)
        {
            // Co-citation: another work cited by one of the paper's citers.
            if (citers.Contains(link.Source.Id) && link.Target.Id != node.Id)
            {
                Entry(link.Target).Citers.Add(link.Source.Id);
            }
            // Bibliographic coupling: another work citing one of the paper's references.
            if (references.Contains(link.Target.Id) && link.Source.Id != node.Id)
            {
                Entry(link.Source).References.Add(link.Target.Id);
            }
        }
        var related = found.Values
            .Select(entry => new RelatedPaper(entry.Node, entry.Citers.Count, entry.References.Count, Reasons(entry.Citers.Count, entry.References.Count)))
            .OrderByDescending(entry => entry.Score)
            .ThenBy(entry => entry.Paper.IsStub)
            .ThenByDescending(entry => entry.Paper.CitedBy)
            .ThenBy(entry => entry.Paper.Id, StringComparer.Ordinal)
            .Take(MaxRelated)
            .ToList();
        return new RelatedPapers(node, related);

        (CitationNode Node, HashSet<string> Citers, HashSet<string> References) Entry(CitationNode other)
        {
            if (!found.TryGetValue(other.Id, out var entry))
            {
                found[other.Id] = entry = (other, new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));
            }
            return entry;
        }
    }

    private static List<string> Reasons(int coCitations, int sharedReferences)
    {
        var reasons = new List<(int Count, string Text)>();
        if (coCitations > 0)
        {
            reasons.Add((coCitations, $"cited together with it by {Count(coCitations, "paper")} (co-citation)"));
        }
        if (sharedReferences > 0)
        {
            reasons.Add((sharedReferences, $"shares {Count(sharedReferences, "reference")} with it (bibliographic coupling)"));
        }
        return reasons.OrderByDescending(reason => reason.Count).Select(reason => reason.Text).ToList();
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    private static List<PaperLink> Citations(IEnumerable<PaperLink> links) => links.Where(link => link.Type == RelationType.Cites).ToList();

    /// <summary>Breadth first along one direction; each paper is listed once, at the depth it is first reached.</summary>
    private async Task<List<CitationEntry>> WalkAsync(CitationNode start, int depth, bool outward, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { start.Id };
        var entries = new List<CitationEntry>();
        var frontier = new List<string> { start.Id };
        for (var level = 1; level <= depth && frontier.Count > 0 && entries.Count < MaxPapersPerSide; level++)
        {
            var frontierSet = frontier.ToHashSet(StringComparer.Ordinal);
            var links = await store.GetPaperLinksAsync(frontier, cancellationToken);
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
    private async Task<CitationNode?> NodeOfAsync(string paper, CancellationToken cancellationToken)
    {
        if (await papers.FindAsync(paper, cancellationToken) is not { } details)
        {
            return null;
        }
        var p = details.Paper;
        var citedBy = (await store.GetPaperLinksAsync([p.Id], cancellationToken)).Count(link => link.Type == RelationType.Cites && link.Target.Id == p.Id);
        return new CitationNode(p.Id, p.Title, p.Year, p.IsStub, citedBy);
    }
}
