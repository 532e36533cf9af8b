using Microsoft.Data.Sqlite;

namespace PaperGraph.Sqlite.Reading;

/// <summary>How the papers evaluated on one dataset family rank. Results are ranked within their group (the same
/// dataset or variant, setting and metric), smaller score first; papers with results come first, by their best
/// rank on a quality metric (a paper with only cost figures follows them), then the papers evaluated on the
/// family without a number, newest and best connected first. Built from two ordered index reads.</summary>
internal sealed class FamilyRanking
{
    private const string FamilyScores =
        """
        SELECT dataset_pk, setting, metric_key, score, paper_pk, is_cost FROM results
        WHERE dataset_pk IN (SELECT value FROM json_each($family))
        ORDER BY dataset_pk, setting, metric_key, score
        """;

    private const string EvaluatedWithoutResults =
        """
        SELECT pe.paper_pk FROM paper_entities pe JOIN papers p ON p.pk = pe.paper_pk
        WHERE pe.entity_pk IN (SELECT value FROM json_each($family)) AND pe.role = 'EvaluatedOn'
          AND NOT EXISTS (SELECT 1 FROM results r WHERE r.paper_pk = pe.paper_pk AND r.dataset_pk IN (SELECT value FROM json_each($family)))
        GROUP BY pe.paper_pk
        ORDER BY p.year DESC NULLS LAST, MAX(pe.paper_weight) DESC, pe.paper_pk
        """;

    /// <summary>The best rank of a paper whose only numbers are cost figures: after every ranked paper.</summary>
    private const int CostOnly = int.MaxValue;

    private readonly Dictionary<GroupKey, double[]> _scoresByGroup;

    private FamilyRanking(Dictionary<GroupKey, double[]> scoresByGroup, IReadOnlyList<long> paperOrder, int papersWithResults)
    {
        _scoresByGroup = scoresByGroup;
        PaperOrder = paperOrder;
        PapersWithResults = papersWithResults;
    }

    /// <summary>Keys of all papers evaluated on the family: those with results first, best ranked first.</summary>
    public IReadOnlyList<long> PaperOrder { get; }

    /// <summary>How many papers at the head of <see cref="PaperOrder"/> report results.</summary>
    public int PapersWithResults { get; }

    /// <summary>Competition rank: one plus the number of strictly better results in the group.</summary>
    public int RankOf(long datasetPk, string setting, string metricKey, double score)
    {
        var scores = _scoresByGroup[new GroupKey(datasetPk, setting, metricKey)];
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
        var scoresByGroup = new Dictionary<GroupKey, double[]>();
        var bestRank = new Dictionary<long, int>();
        var groupScores = new List<double>();
        GroupKey? group = null;
        var rank = 0;
        await using (var command = connection.Command(FamilyScores, ("$family", familySet)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            // Synchronous reads: the rows come from the page cache and this loop is the whole query.
            while (reader.Read())
            {
                var rowGroup = new GroupKey(reader.GetInt64(0), reader.GetString(1), reader.GetString(2));
                var score = reader.GetDouble(3);
                if (rowGroup != group)
                {
                    Close(group, groupScores, scoresByGroup);
                    group = rowGroup;
                }
                if (groupScores.Count == 0 || groupScores[^1] != score)
                {
                    rank = groupScores.Count + 1;
                }
                groupScores.Add(score);
                var paper = reader.GetInt64(4);
                var paperRank = reader.GetBoolean(5) ? CostOnly : rank;
                bestRank[paper] = bestRank.TryGetValue(paper, out var best) ? Math.Min(best, paperRank) : paperRank;
            }
            Close(group, groupScores, scoresByGroup);
        }
        var ranked = bestRank.OrderBy(pair => pair.Value).ThenBy(pair => pair.Key).Select(pair => pair.Key);
        var unranked = await connection.Command(EvaluatedWithoutResults, ("$family", familySet))
            .ListAsync(reader => reader.GetInt64(0), cancellationToken);
        return new FamilyRanking(scoresByGroup, ranked.Concat(unranked).ToArray(), bestRank.Count);
    }

    private static void Close(GroupKey? group, List<double> scores, Dictionary<GroupKey, double[]> scoresByGroup)
    {
        if (group is { } key)
        {
            scoresByGroup[key] = scores.ToArray();
        }
        scores.Clear();
    }

    private readonly record struct GroupKey(long DatasetPk, string Setting, string MetricKey);
}
