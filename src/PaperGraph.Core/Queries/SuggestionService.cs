using PaperGraph.Core.Extraction.Text;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;
using PaperGraph.Core.Suggestions;

namespace PaperGraph.Core.Queries;

/// <summary>The stored suggestions as the pages show them: a paper's similar papers, the curation queue's merge
/// clusters, variant and link suggestions. Suggestions whose ends no longer exist (merged away) are skipped.</summary>
public sealed class SuggestionService(IGraphStore store, ISuggestionStore suggestions)
{
    /// <summary>Sentences shown per cluster member.</summary>
    public const int ExampleSentenceCount = 2;

    public async Task<IReadOnlyList<SimilarPaper>> GetSimilarPapersAsync(string paperId, int limit = 10, CancellationToken cancellationToken = default)
    {
        var stored = await suggestions.GetSuggestionsForAsync(paperId, SuggestionKind.SimilarPaper, limit * 2, cancellationToken);
        var best = BestPerOtherEnd(stored, paperId).Take(limit).Select(suggestion => (Suggestion: suggestion, Other: OtherEnd(suggestion, paperId))).ToList();
        var papers = (await store.GetPaperSummariesAsync(best.Select(pair => pair.Other).ToList(), cancellationToken))
            .ToDictionary(paper => paper.Id, StringComparer.Ordinal);
        return best
            .Where(pair => papers.ContainsKey(pair.Other))
            .Select(pair => new SimilarPaper(papers[pair.Other], pair.Suggestion.Score, pair.Suggestion.Reasons))
            .ToList();
    }

    /// <summary>A page of the most similar pairs of papers over the whole graph.</summary>
    public async Task<SuggestionQueuePage<SimilarPaperPair>> GetSimilarPairsAsync(int offset = 0, int limit = 50, CancellationToken cancellationToken = default)
    {
        var page = await suggestions.GetTopSuggestionsAsync(new SuggestionQuery(SuggestionKind.SimilarPaper, offset, limit), cancellationToken);
        var pairs = new List<SimilarPaperPair>();
        foreach (var suggestion in page.Items)
        {
            if (await PaperAsync(suggestion.SourceId, cancellationToken) is { } paper
                && await PaperAsync(suggestion.TargetId, cancellationToken) is { } similar)
            {
                pairs.Add(new SimilarPaperPair(paper, new SimilarPaper(similar, suggestion.Score, suggestion.Reasons)));
            }
        }
        return new SuggestionQueuePage<SimilarPaperPair>(pairs, page.Total);
    }

    /// <summary>Links suggested for one paper, best first.</summary>
    public async Task<IReadOnlyList<LinkSuggestion>> GetLinkSuggestionsForPaperAsync(string paperId, int limit = 20, CancellationToken cancellationToken = default)
    {
        var stored = await suggestions.GetSuggestionsForAsync(paperId, SuggestionKind.MissingLink, limit, cancellationToken);
        return await LinksAsync(stored, cancellationToken);
    }

    /// <summary>A page of the best link suggestions over the whole graph.</summary>
    public async Task<SuggestionQueuePage<LinkSuggestion>> GetLinkSuggestionsAsync(
        int offset = 0, int limit = 50, EntityType? type = null, CancellationToken cancellationToken = default)
    {
        var page = await suggestions.GetTopSuggestionsAsync(new SuggestionQuery(SuggestionKind.MissingLink, offset, limit, type), cancellationToken);
        return new SuggestionQueuePage<LinkSuggestion>(await LinksAsync(page.Items, cancellationToken), page.Total);
    }

    /// <summary>A page of merge candidate pairs, joined into clusters of names that are probably one entity; the
    /// total counts pairs.</summary>
    public async Task<SuggestionQueuePage<MergeCluster>> GetMergeClustersAsync(
        int offset = 0, int limit = 50, EntityType? type = null, CancellationToken cancellationToken = default)
    {
        var page = await suggestions.GetTopSuggestionsAsync(new SuggestionQuery(SuggestionKind.MergeCandidate, offset, limit, type), cancellationToken);
        var members = new Dictionary<string, MergeClusterMember>(StringComparer.Ordinal);
        foreach (var key in page.Items.SelectMany(pair => new[] { pair.SourceId, pair.TargetId }).Distinct(StringComparer.Ordinal))
        {
            if (await MemberAsync(key, cancellationToken) is { } member)
            {
                members[key] = member;
            }
        }
        var pairs = page.Items.Where(pair => members.ContainsKey(pair.SourceId) && members.ContainsKey(pair.TargetId)).ToList();
        var clusters = PairClusters.Group(pairs)
            .Select(group => new MergeCluster(
                members[group[0].SourceId].Entity.Type,
                group.SelectMany(pair => new[] { pair.SourceId, pair.TargetId }).Distinct(StringComparer.Ordinal)
                    .Select(key => members[key]).OrderByDescending(member => member.PaperCount).ToList(),
                group.Select(pair => new MergePair(pair.SourceId, pair.TargetId, pair.Score, pair.Reasons)).ToList()))
            .OrderByDescending(cluster => cluster.Score)
            .ToList();
        return new SuggestionQueuePage<MergeCluster>(clusters, page.Total);
    }

    /// <summary>A page of the best variant suggestions (child of parent).</summary>
    public async Task<SuggestionQueuePage<VariantSuggestion>> GetVariantSuggestionsAsync(
        int offset = 0, int limit = 50, EntityType? type = null, CancellationToken cancellationToken = default)
    {
        var page = await suggestions.GetTopSuggestionsAsync(new SuggestionQuery(SuggestionKind.VariantCandidate, offset, limit, type), cancellationToken);
        var variants = new List<VariantSuggestion>();
        foreach (var suggestion in page.Items)
        {
            var child = await store.GetEntityAsync(suggestion.SourceId, 1, cancellationToken);
            var parent = await store.GetEntityAsync(suggestion.TargetId, 1, cancellationToken);
            if (child is not null && parent is not null)
            {
                variants.Add(new VariantSuggestion(child.Entity, parent.Entity, suggestion.Score, suggestion.Reasons));
            }
        }
        return new SuggestionQueuePage<VariantSuggestion>(variants, page.Total);
    }

    /// <summary>The kinds drawn in the graph explorer: those that join a paper to another node.</summary>
    public static IReadOnlyList<SuggestionKind> GraphKinds { get; } = [SuggestionKind.SimilarPaper, SuggestionKind.MissingLink];

    /// <summary>The best suggested links of each node (at most <paramref name="perNode"/> of each of
    /// <see cref="GraphKinds"/>), each pair once, with the nodes at their far ends that are not among
    /// <paramref name="nodeIds"/>. Links whose far end no longer exists are left out.</summary>
    public async Task<SuggestedLinks> GetSuggestedLinksAsync(
        IReadOnlyCollection<string> nodeIds, int perNode = 3, CancellationToken cancellationToken = default)
    {
        var links = new Dictionary<(SuggestionKind, SuggestionPair), SuggestedLink>();
        foreach (var id in nodeIds)
        {
            foreach (var kind in GraphKinds)
            {
                foreach (var s in await suggestions.GetSuggestionsForAsync(id, kind, perNode, cancellationToken))
                {
                    links.TryAdd((kind, SuggestionPair.Of(s.SourceId, s.TargetId)), new SuggestedLink(s.SourceId, s.TargetId, kind, s.Score, s.Role));
                }
            }
        }
        var asked = nodeIds.ToHashSet(StringComparer.Ordinal);
        var farEnds = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
        foreach (var link in links.Values)
        {
            foreach (var (id, isPaper) in new[] { (link.Source, true), (link.Target, link.Kind == SuggestionKind.SimilarPaper) })
            {
                if (!asked.Contains(id) && !farEnds.ContainsKey(id) && await NodeAsync(id, isPaper, cancellationToken) is { } node)
                {
                    farEnds[id] = node;
                }
            }
        }
        bool Drawn(string id) => asked.Contains(id) || farEnds.ContainsKey(id);
        return new SuggestedLinks([.. farEnds.Values], [.. links.Values.Where(link => Drawn(link.Source) && Drawn(link.Target))]);
    }

    private async Task<GraphNode?> NodeAsync(string id, bool isPaper, CancellationToken cancellationToken)
    {
        if (isPaper)
        {
            return await store.GetPaperAsync(id, cancellationToken) is { } paper
                ? new GraphNode(id, NodeKind.Paper, paper.Paper.Title, paper.Entities.Count)
                : null;
        }
        return await store.GetEntityAsync(id, 1, cancellationToken) is { } entity
            ? new GraphNode(id, NodeKinds.Of(entity.Entity.Type), entity.Entity.Name, entity.TotalPapers)
            : null;
    }

    private async Task<List<LinkSuggestion>> LinksAsync(IEnumerable<Suggestion> stored, CancellationToken cancellationToken)
    {
        var links = new List<LinkSuggestion>();
        foreach (var suggestion in stored)
        {
            var paper = await PaperAsync(suggestion.SourceId, cancellationToken);
            var entity = await store.GetEntityAsync(suggestion.TargetId, 1, cancellationToken);
            if (paper is not null && entity is not null)
            {
                links.Add(new LinkSuggestion(paper, entity.Entity, suggestion.Role ?? RelationType.Mentions, suggestion.Score, suggestion.Reasons));
            }
        }
        return links;
    }

    private async Task<PaperSummary?> PaperAsync(string paperId, CancellationToken cancellationToken) =>
        (await store.GetPaperSummariesAsync([paperId], cancellationToken)).FirstOrDefault();

    private async Task<MergeClusterMember?> MemberAsync(string entityKey, CancellationToken cancellationToken)
    {
        var details = await store.GetEntityAsync(entityKey, ExampleSentenceCount, cancellationToken);
        if (details is null)
        {
            return null;
        }
        var sentences = new List<string>();
        foreach (var link in details.Papers)
        {
            if (await store.GetPaperAsync(link.Paper.Id, cancellationToken) is { } paper
                && paper.Mentions.FirstOrDefault(mention => mention.Entity.Key == entityKey) is { } mention)
            {
                sentences.Add(SentenceAround(paper.Paper.Abstract, mention.Start));
            }
        }
        return new MergeClusterMember(details.Entity, details.TotalPapers, sentences);
    }

    private static string SentenceAround(string text, int offset)
    {
        foreach (var span in SentenceSplitter.Split(text))
        {
            if (span.Contains(offset))
            {
                return text[span.Start..span.End].Trim();
            }
        }
        return text;
    }

    private static IEnumerable<Suggestion> BestPerOtherEnd(IEnumerable<Suggestion> stored, string nodeId) =>
        stored.GroupBy(suggestion => OtherEnd(suggestion, nodeId), StringComparer.Ordinal)
            .Select(group => group.MaxBy(suggestion => suggestion.Score)!)
            .OrderByDescending(suggestion => suggestion.Score);

    private static string OtherEnd(Suggestion suggestion, string nodeId) =>
        suggestion.SourceId == nodeId ? suggestion.TargetId : suggestion.SourceId;
}
