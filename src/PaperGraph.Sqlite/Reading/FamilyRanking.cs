using Microsoft.Data.Sqlite;

namespace PaperGraph.Sqlite.Reading;

/// <summary>How the results on one dataset family rank: every metric's scores in order (smaller is better)
/// and the papers ordered by their best rank, ties by import order. Built from one ordered index read.</summary>
internal sealed class FamilyRanking
{
    private const string FamilyScores =
        """
        SELECT metric_key, score, paper_pk FROM results
        WHERE dataset_pk IN (SELECT value FROM json_each($family))
        ORDER BY metric_key, score
        """;

    private readonly Dictionary<string, double[]> _scoresByMetric;

    private FamilyRanking(Dictionary<string, double[]> scoresByMetric, IReadOnlyList<long> paperOrder)
    {
        _scoresByMetric = scoresByMetric;
        PaperOrder = paperOrder;
    }

    /// <summary>Keys of all papers with results on the family, best ranked first.</summary>
    public IReadOnlyList<long> PaperOrder { get; }

    /// <summary>Competition rank: one plus the number of strictly better results on the metric.</summary>
    public int RankOf(string metricKey, double score)
    {
        var scores = _scoresByMetric[metricKey];
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

    public static async Task<FamilyRanking> LoadAsync(SqliteConnection connection, string familySet, CancellationToken cancellationToken)
    {
        var scoresByMetric = new Dictionary<string, double[]>(StringComparer.Ordinal);
        var bestRank = new Dictionary<long, int>();
        var metricScores = new List<double>();
        string? metric = null;
        var rank = 0;
        await using var command = connection.Command(FamilyScores, ("$family", familySet));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        // Synchronous reads: the rows come from the page cache and this loop is the whole query.
        while (reader.Read())
        {
            var rowMetric = reader.GetString(0);
            var score = reader.GetDouble(1);
            if (rowMetric != metric)
            {
                Close(metric, metricScores, scoresByMetric);
                metric = rowMetric;
            }
            if (metricScores.Count == 0 || metricScores[^1] != score)
            {
                rank = metricScores.Count + 1;
            }
            metricScores.Add(score);
            var paper = reader.GetInt64(2);
            bestRank[paper] = bestRank.TryGetValue(paper, out var best) ? Math.Min(best, rank) : rank;
        }
        Close(metric, metricScores, scoresByMetric);
        var order = bestRank.OrderBy(pair => pair.Value).ThenBy(pair => pair.Key).Select(pair => pair.Key).ToArray();
        return new FamilyRanking(scoresByMetric, order);
    }

    private static void Close(string? metric, List<double> scores, Dictionary<string, double[]> scoresByMetric)
    {
        if (metric is not null)
        {
            scoresByMetric[metric] = scores.ToArray();
        }
        scores.Clear();
    }
}
