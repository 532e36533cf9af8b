using Microsoft.Data.Sqlite;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;

namespace PaperGraph.Sqlite.Reading;

/// <summary>Papers reporting results on a dataset family (the dataset and its variants, recursively). Each
/// result is ranked among all results of the family on the same metric, in the metric's direction; papers
/// are ordered by their best rank.</summary>
internal sealed class ReportsOnReader
{
    private static readonly string PageResults =
        $"""
        SELECT r.paper_pk, r.metric_key, r.score, r.metric, r.value, r.unit, r.lower_is_better,
               r.sentence_start, r.sentence_end, r.span_start, r.span_end,
               {StoredRows.EntityColumns("e")}, {StoredRows.PaperSummaryColumns("p")}, p.abstract
        FROM results r
        JOIN entities e ON e.pk = r.dataset_pk
        JOIN papers p ON p.pk = r.paper_pk
        WHERE r.paper_pk IN (SELECT value FROM json_each($papers))
          AND r.dataset_pk IN (SELECT value FROM json_each($family))
        """;

    private readonly StoreVersionCache<FamilyRanking> _rankings = new();

    public async Task<ReportsOnPage?> ReadAsync(SqliteConnection connection, ReportsOnQuery query, CancellationToken cancellationToken)
    {
        if (await EntityReader.ResolveAsync(connection, query.Dataset, EntityType.Dataset, cancellationToken) is not { } dataset)
        {
            return null;
        }
        var family = await EntityReader.FamilyAsync(connection, dataset.Pk, cancellationToken);
        var familySet = StoredRows.JsonSet(family.Select(member => member.Pk).Order());
        var variants = family.Where(member => member.Pk != dataset.Pk).Select(member => member.Ref).ToList();
        var ranking = await _rankings.GetAsync(
            connection, familySet, () => FamilyRanking.LoadAsync(connection, familySet, cancellationToken), cancellationToken);
        var page = ranking.PaperOrder.Skip(Math.Max(0, query.Offset)).Take(Math.Max(0, query.Limit)).ToList();
        var rows = page.Count == 0
            ? []
            : await connection.Command(PageResults, ("$family", familySet), ("$papers", StoredRows.JsonSet(page)))
                .ListAsync(reader => ReadRow(reader, ranking), cancellationToken);
        var byPaper = rows.ToLookup(row => row.PaperPk);
        var papers = page
            .Select(pk => byPaper[pk].OrderBy(row => row.Result.Rank).ThenBy(row => row.Result.Metric, StringComparer.Ordinal).ToList())
            .Where(results => results.Count > 0)
            .Select(results => new ReportingPaper(results[0].Paper, results.Select(row => row.Result).ToList()))
            .ToList();
        return new ReportsOnPage(dataset.Ref, variants, ranking.PaperOrder.Count, papers);
    }

    private static Row ReadRow(SqliteDataReader reader, FamilyRanking ranking)
    {
        var provenance = StoredRows.ReadProvenance(reader, 7);
        var result = new RankedResult(
            StoredRows.ReadEntity(reader, 11),
            reader.GetString(3),
            reader.GetDouble(4),
            reader.GetString(5),
            reader.GetBoolean(6),
            ranking.RankOf(reader.GetString(1), reader.GetDouble(2)),
            provenance,
            StoredRows.SentenceOf(reader.GetString(17), provenance));
        return new Row(reader.GetInt64(0), StoredRows.ReadPaperSummary(reader, 14), result);
    }

    private sealed record Row(long PaperPk, PaperSummary Paper, RankedResult Result);
}
