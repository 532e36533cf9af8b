namespace PaperGraph.Core.Graph.Ranking;

/// <summary>How the papers evaluated on one dataset family rank, the same in every store. Results are ranked within
/// their <see cref="ResultGroup"/>, smaller score first, equal scores sharing a rank. Papers with results come first,
/// by their best rank on a quality metric (a paper with only cost figures follows them, as costs never decide which
/// paper is best), ties broken by the store's paper order; then the papers evaluated on the family without a
/// number, in the order the store gives them.</summary>
/// <typeparam name="TPaper">The store's paper key.</typeparam>
public sealed class FamilyRanking<TPaper> where TPaper : notnull
{
    /// <summary>The best rank of a paper whose only numbers are cost figures: after every ranked paper.</summary>
    private const int CostOnly = int.MaxValue;

    private readonly Dictionary<ResultGroup, double[]> _scoresByGroup;

    private FamilyRanking(Dictionary<ResultGroup, double[]> scoresByGroup, IReadOnlyList<TPaper> paperOrder, int papersWithResults)
    {
        _scoresByGroup = scoresByGroup;
        PaperOrder = paperOrder;
        PapersWithResults = papersWithResults;
    }

    /// <summary>All papers evaluated on the family: those with results first, best ranked first.</summary>
    public IReadOnlyList<TPaper> PaperOrder { get; }

    /// <summary>How many papers at the head of <see cref="PaperOrder"/> report results.</summary>
    public int PapersWithResults { get; }

    public static FamilyRanking<TPaper> Build(
        IEnumerable<ScoredResult<TPaper>> results, IEnumerable<TPaper> evaluatedWithoutResults, IComparer<TPaper> paperOrder)
    {
        var scoresByGroup = new Dictionary<ResultGroup, double[]>();
        var bestRank = new Dictionary<TPaper, int>();
        foreach (var group in results.GroupBy(result => result.Group))
        {
            var members = group.OrderBy(result => result.Score).ToArray();
            var scores = Array.ConvertAll(members, result => result.Score);
            scoresByGroup[group.Key] = scores;
            var rank = 0;
            for (var i = 0; i < members.Length; i++)
            {
                if (i == 0 || scores[i - 1] != scores[i])
                {
                    rank = i + 1;
                }
                var paperRank = members[i].IsCost ? CostOnly : rank;
                var paper = members[i].Paper;
                bestRank[paper] = bestRank.TryGetValue(paper, out var best) ? Math.Min(best, paperRank) : paperRank;
            }
        }
        var ranked = bestRank.OrderBy(pair => pair.Value).ThenBy(pair => pair.Key, paperOrder).Select(pair => pair.Key);
        return new FamilyRanking<TPaper>(scoresByGroup, ranked.Concat(evaluatedWithoutResults).ToArray(), bestRank.Count);
    }

    /// <summary>Competition rank: one plus the number of strictly better results in the group.</summary>
    public int RankOf(ResultGroup group, double score)
    {
        var scores = _scoresByGroup[group];
        var (low, high) = (0, scores.Length);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (scores[middle] < score)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low + 1;
    }
}
