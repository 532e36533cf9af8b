using PaperGraph.Neo4j.Cypher;
using PaperGraph.Neo4j.Http;

namespace PaperGraph.Neo4j.Reading;

/// <summary>How the papers evaluated on one dataset family rank. Results are ranked within their group (the same
/// dataset or variant, setting and metric), smaller score first; papers with results come first, by their best
/// rank on a quality metric (a paper with only cost figures follows them), then the papers evaluated on the
/// family without a number, newest and best connected first. Built in C# from two bounded reads, as the SQLite
/// store does, and kept per store version.</summary>
internal sealed class FamilyRanking
{
    /// <summary>The best rank of a paper whose only numbers are cost figures: after every ranked paper.</summary>
    private const int CostOnly = int.MaxValue;

    private readonly Dictionary<GroupKey, double[]> _scoresByGroup;

    private FamilyRanking(Dictionary<GroupKey, double[]> scoresByGroup, IReadOnlyList<string> paperOrder, int papersWithResults)
    {
        _scoresByGroup = scoresByGroup;
        PaperOrder = paperOrder;
        PapersWithResults = papersWithResults;
    }

    /// <summary>Ids of all papers evaluated on the family: those with results first, best ranked first.</summary>
    public IReadOnlyList<string> PaperOrder { get; }

    /// <summary>How many papers at the head of <see cref="PaperOrder"/> report results.</summary>
    public int PapersWithResults { get; }

    /// <summary>Competition rank: one plus the number of strictly better results in the group.</summary>
    public int RankOf(string datasetKey, string setting, string metricKey, double score)
    {
        var scores = _scoresByGroup[new GroupKey(datasetKey, setting, metricKey)];
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

    public static async Task<FamilyRanking> LoadAsync(QueryApiClient client, IReadOnlyList<string> family, CancellationToken cancellationToken)
    {
        var rows = (await client.RunAsync(ReportsOnStatements.Scores.With(("family", family)), cancellationToken)).Records
            .Select(record => (Group: new GroupKey(record.String("dataset"), record.NullableString("setting") ?? "", record.String("metricKey")),
                Score: record.Double("score"), Paper: record.String("paper"), IsCost: record.Bool("isCost")));
        var scoresByGroup = new Dictionary<GroupKey, double[]>();
        var bestRank = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var group in rows.GroupBy(row => row.Group))
        {
            var members = group.OrderBy(row => row.Score).ToArray();
            var scores = members.Select(row => row.Score).ToArray();
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
        var ranked = bestRank.OrderBy(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => pair.Key);
        var unranked = (await client.RunAsync(ReportsOnStatements.WithoutResults.With(("family", family)), cancellationToken)).Records
            .Select(record => record.String("id"));
        return new FamilyRanking(scoresByGroup, ranked.Concat(unranked).ToArray(), bestRank.Count);
    }

    private readonly record struct GroupKey(string DatasetKey, string Setting, string MetricKey);
}
