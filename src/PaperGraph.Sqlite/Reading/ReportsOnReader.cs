using Microsoft.Data.Sqlite;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;

namespace PaperGraph.Sqlite.Reading;

/// <summary>Papers reporting results on a dataset family (the dataset and its variants, recursively). Each
/// result is ranked among all results of the family on the same metric, in the metric's direction; papers
/// are ordered by their best rank.</summary>
internal static class ReportsOnReader
{
    private const string RankedResults =
        """
        WITH ranked AS (
            SELECT r.pk, r.paper_pk,
                   RANK() OVER (PARTITION BY r.metric_key
                                ORDER BY CASE WHEN r.lower_is_better THEN r.value ELSE -r.value END) AS rank
            FROM results r
            WHERE r.dataset_pk IN (SELECT value FROM json_each($family))),
        best AS (SELECT paper_pk, MIN(rank) AS best_rank, COUNT(*) AS results FROM ranked GROUP BY paper_pk),
        page AS (
            SELECT paper_pk, best_rank, results, COUNT(*) OVER () AS total FROM best
            ORDER BY best_rank, results DESC, paper_pk
            LIMIT $limit OFFSET $offset)
        """;

    private static readonly string PageQuery =
        $"""
        {RankedResults}
        SELECT page.total, page.paper_pk, ranked.rank, r.metric, r.value, r.unit, r.lower_is_better,
               r.sentence_start, r.sentence_end, r.span_start, r.span_end,
               {StoredRows.EntityColumns("e")}, {StoredRows.PaperSummaryColumns("p")}, p.abstract
        FROM page
        JOIN ranked ON ranked.paper_pk = page.paper_pk
        JOIN results r ON r.pk = ranked.pk
        JOIN entities e ON e.pk = r.dataset_pk
        JOIN papers p ON p.pk = page.paper_pk
        ORDER BY page.best_rank, page.results DESC, page.paper_pk, ranked.rank, r.metric
        """;

    public static async Task<ReportsOnPage?> ReadAsync(SqliteConnection connection, ReportsOnQuery query, CancellationToken cancellationToken)
    {
        if (await EntityReader.ResolveAsync(connection, query.Dataset, EntityType.Dataset, cancellationToken) is not { } dataset)
        {
            return null;
        }
        var family = await EntityReader.FamilyAsync(connection, dataset.Pk, cancellationToken);
        var familySet = StoredRows.JsonSet(family.Select(member => member.Pk));
        var rows = await connection.Command(PageQuery,
                ("$family", familySet), ("$limit", Math.Max(0, query.Limit)), ("$offset", Math.Max(0, query.Offset)))
            .ListAsync(ReadRow, cancellationToken);
        var total = rows.Count > 0
            ? rows[0].Total
            : (int)await connection.Command(
                    "SELECT COUNT(DISTINCT paper_pk) FROM results WHERE dataset_pk IN (SELECT value FROM json_each($family))",
                    ("$family", familySet))
                .LongAsync(cancellationToken);
        var papers = rows
            .GroupBy(row => row.PaperPk)
            .Select(group => new ReportingPaper(group.First().Paper, group.Select(row => row.Result).ToList()))
            .ToList();
        var variants = family.Where(member => member.Pk != dataset.Pk).Select(member => member.Ref).ToList();
        return new ReportsOnPage(dataset.Ref, variants, total, papers);
    }

    private static Row ReadRow(SqliteDataReader reader)
    {
        var provenance = StoredRows.ReadProvenance(reader, 7);
        var text = reader.GetString(17);
        var result = new RankedResult(
            StoredRows.ReadEntity(reader, 11),
            reader.GetString(3),
            reader.GetDouble(4),
            reader.GetString(5),
            reader.GetBoolean(6),
            reader.GetInt32(2),
            provenance,
            StoredRows.SentenceOf(text, provenance));
        return new Row(reader.GetInt32(0), reader.GetInt64(1), StoredRows.ReadPaperSummary(reader, 14), result);
    }

    private sealed record Row(int Total, long PaperPk, PaperSummary Paper, RankedResult Result);
}
