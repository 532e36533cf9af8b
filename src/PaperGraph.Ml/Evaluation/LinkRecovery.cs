using PaperGraph.Core.Model;
using PaperGraph.Core.Suggestions;
using PaperGraph.Ml.Corpus;
using PaperGraph.Ml.Links;

namespace PaperGraph.Ml.Evaluation;

/// <summary>The missing-link harness: hides a seeded share of the extracted EVALUATED_ON links, suggests links on what
/// is left, and measures how many hidden links come back. Precision at 10 is over the ten best EVALUATED_ON
/// suggestions of the corpus; recall over every hidden link (each paper keeps its best few suggestions).</summary>
public static class LinkRecovery
{
    public sealed record Result(int Links, int Hidden, int Suggested, double PrecisionAt10, double Recall);

    public static Result Measure(
        SuggestionCorpus corpus, IReadOnlyList<List<(int Neighbour, double Score)>> neighbours, MissingLinkFinder finder,
        double share = 0.1, int seed = 7)
    {
        var links = corpus.Papers.SelectMany(paper => paper.Links.Where(link => link.Role == RelationType.EvaluatedOn)
            .Select(link => (Paper: paper.Id, link.EntityKey))).ToList();
        var random = new Random(seed);
        var hidden = links.OrderBy(_ => random.Next()).Take((int)Math.Round(links.Count * share)).ToHashSet();
        var visible = new SuggestionCorpus();
        visible.Papers.AddRange(corpus.Papers.Select(paper => paper with
        {
            Links = paper.Links.Where(link => !(link.Role == RelationType.EvaluatedOn && hidden.Contains((paper.Id, link.EntityKey)))).ToList(),
        }));
        visible.AddEntities(corpus.Entities.Values);
        var suggested = finder.Find(visible, neighbours)
            .Where(suggestion => suggestion.Role == RelationType.EvaluatedOn)
            .OrderByDescending(suggestion => suggestion.Score).ThenBy(suggestion => suggestion.SourceId, StringComparer.Ordinal)
            .ToList();
        bool Hit(Suggestion suggestion) => hidden.Contains((suggestion.SourceId, suggestion.TargetId));
        var top = suggested.Take(10).ToList();
        return new Result(links.Count, hidden.Count, suggested.Count,
            top.Count == 0 ? 0 : (double)top.Count(Hit) / top.Count,
            hidden.Count == 0 ? 0 : (double)suggested.Count(Hit) / hidden.Count);
    }
}
