using System.Globalization;
using Microsoft.Data.Sqlite;
using PaperGraph.Core.Graph.Ranking;

namespace PaperGraph.Sqlite.Reading;

/// <summary>Reads what <see cref="FamilyRanking{TPaper}"/> ranks for a dataset family: every score on it (one
/// ordered index read), and the papers evaluated on it without a number, newest and best connected first.</summary>
internal static class FamilyScores
{
    private const string Scores =
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

    public static async Task<FamilyRanking<long>> RankAsync(SqliteConnection connection, string familySet, CancellationToken cancellationToken)
    {
        var scores = await connection.Command(Scores, ("$family", familySet)).ListAsync(reader => new ScoredResult<long>(
                new ResultGroup(GroupDataset(reader.GetInt64(0)), reader.GetString(1), reader.GetString(2)),
                reader.GetDouble(3), reader.GetInt64(4), reader.GetBoolean(5)),
            cancellationToken);
        var unranked = await connection.Command(EvaluatedWithoutResults, ("$family", familySet))
            .ListAsync(reader => reader.GetInt64(0), cancellationToken);
        // Ties between equally ranked papers go by import order.
        return FamilyRanking<long>.Build(scores, unranked, Comparer<long>.Default);
    }

    /// <summary>The dataset of a <see cref="ResultGroup"/>: its primary key as text.</summary>
    public static string GroupDataset(long datasetPk) => datasetPk.ToString(CultureInfo.InvariantCulture);
}
