using System.Globalization;
using PaperGraph.Core.Extraction.Knowledge;
using PaperGraph.Core.Model;
using PaperGraph.Core.Suggestions;
using PaperGraph.Ml.Corpus;

namespace PaperGraph.Ml.Links;

/// <summary>Paper-dataset EVALUATED_ON and paper-method USES links a paper probably has but the extractor did not
/// emit. Evidence: the paper's similar papers have the link (weighted by similarity), and the abstract names the
/// entity (by a stored name or a knowledge-base alias) without the link, or links it only as a mention. A link needs
/// both kinds of evidence to score above one half.</summary>
public sealed class MissingLinkFinder(KnowledgeBase knowledge, SuggestionOptions options)
{
    /// <summary>The relation suggested for each entity type that has one.</summary>
    public static readonly IReadOnlyDictionary<EntityType, RelationType> Roles = new Dictionary<EntityType, RelationType>
    {
        [EntityType.Dataset] = RelationType.EvaluatedOn,
        [EntityType.Method] = RelationType.Uses,
    };

    private const double NamedWeight = 0.5;

    public IReadOnlyList<Suggestion> Find(
        SuggestionCorpus corpus, IReadOnlyList<List<(int Neighbour, double Score)>> neighbours, CancellationToken cancellationToken = default)
    {
        var names = Names(corpus);
        // Papers are independent and the names are only read, so they are scored on all cores, in corpus order.
        var perPaper = new Suggestion[corpus.Papers.Count][];
        Parallel.For(0, corpus.Papers.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            perPaper[i] = ForPaper(corpus, corpus.Papers[i], neighbours[i], names)
                .OrderByDescending(suggestion => suggestion.Score).ThenBy(suggestion => suggestion.TargetId, StringComparer.Ordinal)
                .Take(options.LinksPerPaper)
                .ToArray());
        return perPaper.SelectMany(paper => paper).ToList();
    }

    private IEnumerable<Suggestion> ForPaper(
        SuggestionCorpus corpus, CorpusPaper paper, List<(int Neighbour, double Score)> neighbours, NameOccurrences names)
    {
        var votes = new Dictionary<string, (double Weight, int Papers)>(StringComparer.Ordinal);
        var total = neighbours.Sum(neighbour => neighbour.Score);
        foreach (var (neighbour, score) in neighbours)
        {
            foreach (var link in corpus.Papers[neighbour].Links.Where(link => IsSuggestedRole(corpus, link)).DistinctBy(link => link.EntityKey))
            {
                var vote = votes.GetValueOrDefault(link.EntityKey);
                votes[link.EntityKey] = (vote.Weight + score, vote.Papers + 1);
            }
        }
        var named = names.In(paper.Text);
        foreach (var link in paper.Links.Where(link => link.Role == RelationType.Mentions))
        {
            named.TryAdd(link.EntityKey, corpus.Entities[link.EntityKey].Name);
        }
        foreach (var key in votes.Keys.Union(named.Keys))
        {
            var entity = corpus.Entities[key];
            if (!Roles.TryGetValue(entity.Type, out var role) || paper.Has(key, role) || paper.Has(key, RelationType.Proposes))
            {
                continue;
            }
            var reasons = new List<string>();
            var score = 0.0;
            if (named.TryGetValue(key, out var name))
            {
                score += NamedWeight;
                reasons.Add($"the abstract names \"{name}\"");
            }
            if (votes.TryGetValue(key, out var vote) && total > 0)
            {
                score += (1 - NamedWeight) * vote.Weight / total;
                reasons.Add(string.Create(CultureInfo.InvariantCulture, $"{vote.Papers} of {neighbours.Count} similar papers have it"));
            }
            if (score >= options.MinLinkScore)
            {
                yield return new Suggestion(SuggestionKind.MissingLink, paper.Id, key, Math.Min(1, score), reasons, role);
            }
        }
    }

    private static bool IsSuggestedRole(SuggestionCorpus corpus, PaperLink link) =>
        Roles.TryGetValue(corpus.Entities[link.EntityKey].Type, out var role) && role == link.Role;

    /// <summary>Every stored name of the datasets and methods, and the knowledge base's spellings of those it knows.</summary>
    private NameOccurrences Names(SuggestionCorpus corpus)
    {
        var names = new NameOccurrences();
        foreach (var entity in corpus.Entities.Values.Where(entity => Roles.ContainsKey(entity.Type)))
        {
            var known = knowledge.Find(entity.Type, entity.Name);
            foreach (var name in entity.Names.Concat(known?.Aliases ?? []))
            {
                names.Add(entity.Key, name);
            }
        }
        return names;
    }
}
