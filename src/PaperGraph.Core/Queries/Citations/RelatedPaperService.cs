using System.Globalization;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Queries.Citations;

/// <summary>One ranked "related papers" list for every front end: co-citation and bibliographic coupling (as Connected
/// Papers uses them) combined with the stored text similarity (SIMILAR_TO), each paper with its reasons.</summary>
public sealed class RelatedPaperService(IGraphStore store, CitationService citations, SuggestionService suggestions)
{
    /// <summary>Related papers listed at most.</summary>
    public const int MaxRelated = 50;

    /// <summary>What a text similarity of 1 counts for, in shared citers or references.
    /// Why this rule: a co-citation and a shared reference are each one explicit judgement by an author, so they
    /// weigh the same and add up, as Connected Papers combines them. Text similarity is weaker evidence (common
    /// words of a field) but it is all there is for papers imported without reference lists; TF-IDF cosines of
    /// similar abstracts sit around 0.2 to 0.5, so a weight of 4 makes a clearly similar text (0.5) count like two
    /// citation links: it ranks above a single shared reference, below a paper linked by several.</summary>
    public const double TextWeight = 4;

    /// <summary>Similar papers read from the suggestions; the store keeps about ten per paper.</summary>
    private const int SimilarPapersRead = 20;

    /// <summary>Shared terms named in a reason.</summary>
    private const int TermsInReason = 4;

    public async Task<RelatedPapers?> GetRelatedAsync(string paper, CancellationToken cancellationToken = default)
    {
        if (await citations.FindPaperAsync(paper, cancellationToken) is not { } node)
        {
            return null;
        }
        var found = new Dictionary<string, Evidence>(StringComparer.Ordinal);
        Evidence EvidenceFor(CitationNode other) =>
            found.TryGetValue(other.Id, out var evidence) ? evidence : found[other.Id] = new Evidence(other);

        var links = await store.GetPaperLinksAsync([node.Id], PaperLinkScope.CitesOnly, cancellationToken);
        var references = links.Where(link => link.Source.Id == node.Id).Select(link => link.Target.Id).ToHashSet(StringComparer.Ordinal);
        var citers = links.Where(link => link.Target.Id == node.Id).Select(link => link.Source.Id).ToHashSet(StringComparer.Ordinal);
        var around = await store.GetPaperLinksAsync(references.Union(citers).Take(IGraphStore.MaxEdgesAmongNodes).ToList(),
            PaperLinkScope.CitesOnly, cancellationToken);
        foreach (var link in around)
        {
            // Co-citation: another work cited by one of the paper's citers.
            if (citers.Contains(link.Source.Id) && link.Target.Id != node.Id)
            {
                EvidenceFor(link.Target).Citers.Add(link.Source.Id);
            }
            // Bibliographic coupling: another work citing one of the paper's references.
            if (references.Contains(link.Target.Id) && link.Source.Id != node.Id)
            {
                EvidenceFor(link.Source).References.Add(link.Target.Id);
            }
        }

        var similar = await suggestions.GetSimilarPapersAsync(node.Id, SimilarPapersRead, cancellationToken);
        var textOnly = similar.Where(s => !found.ContainsKey(s.Paper.Id)).Select(s => s.Paper.Id).ToList();
        var nodes = await NodesAsync(textOnly, cancellationToken);
        foreach (var s in similar)
        {
            var other = found.TryGetValue(s.Paper.Id, out var evidence) ? evidence.Paper : nodes.GetValueOrDefault(s.Paper.Id)
                ?? new CitationNode(s.Paper.Id, s.Paper.Title, s.Paper.Year, IsStub: false, CitedBy: 0);
            EvidenceFor(other).Similar = s;
        }

        var related = found.Values
            .Select(Rank)
            .OrderByDescending(entry => entry.Score)
            .ThenBy(entry => entry.Paper.IsStub)
            .ThenByDescending(entry => entry.Paper.CitedBy)
            .ThenBy(entry => entry.Paper.Id, StringComparer.Ordinal)
            .Take(MaxRelated)
            .ToList();
        return new RelatedPapers(node, related);
    }

    private static RelatedPaper Rank(Evidence evidence)
    {
        var (coCitations, sharedReferences) = (evidence.Citers.Count, evidence.References.Count);
        var text = evidence.Similar?.Score;
        var terms = evidence.Similar?.SharedTerms ?? [];
        var reasons = new List<(double Weight, string Text)>();
        if (coCitations > 0)
        {
            reasons.Add((coCitations, $"cited together with it by {Count(coCitations, "paper")} (co-citation)"));
        }
        if (sharedReferences > 0)
        {
            reasons.Add((sharedReferences, $"shares {Count(sharedReferences, "reference")} with it (bibliographic coupling)"));
        }
        if (text is { } similarity)
        {
            var shared = terms.Count == 0 ? "" : ": shared terms " + string.Join(", ", terms.Take(TermsInReason));
            reasons.Add((TextWeight * similarity, $"similar text ({similarity.ToString("0.00", CultureInfo.InvariantCulture)}){shared}"));
        }
        return new RelatedPaper(evidence.Paper, coCitations, sharedReferences, text, terms,
            coCitations + sharedReferences + TextWeight * (text ?? 0),
            reasons.OrderByDescending(reason => reason.Weight).Select(reason => reason.Text).ToList());
    }

    /// <summary>Papers as citation nodes, with their stub flag and citations in the corpus; a paper in no CITES edge
    /// is left out, and is then a paper with an abstract (it has a similarity) that nobody cites.</summary>
    private async Task<Dictionary<string, CitationNode>> NodesAsync(IReadOnlyCollection<string> paperIds, CancellationToken cancellationToken)
    {
        if (paperIds.Count == 0)
        {
            return new Dictionary<string, CitationNode>(StringComparer.Ordinal);
        }
        var ids = paperIds.ToHashSet(StringComparer.Ordinal);
        return (await store.GetPaperLinksAsync(paperIds, PaperLinkScope.CitesOnly, cancellationToken))
            .SelectMany(link => new[] { link.Source, link.Target })
            .Where(paper => ids.Contains(paper.Id))
            .DistinctBy(paper => paper.Id, StringComparer.Ordinal)
            .ToDictionary(paper => paper.Id, StringComparer.Ordinal);
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    private sealed class Evidence(CitationNode paper)
    {
        public CitationNode Paper { get; } = paper;
        public HashSet<string> Citers { get; } = new(StringComparer.Ordinal);
        public HashSet<string> References { get; } = new(StringComparer.Ordinal);
        public SimilarPaper? Similar { get; set; }
    }
}
