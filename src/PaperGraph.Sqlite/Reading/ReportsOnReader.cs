using Microsoft.Data.Sqlite;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Graph.Ranking;
using PaperGraph.Core.Model;

namespace PaperGraph.Sqlite.Reading;

/// <summary>Papers evaluated on a dataset family (the dataset and its variants, recursively), with the results
/// they report on it ranked as <see cref="FamilyRanking{TPaper}"/> describes.</summary>
internal sealed class ReportsOnReader
{
    private static readonly string PageResults =
        $"""
        SELECT r.paper_pk, r.dataset_pk, r.setting, r.metric_key, r.score, r.metric, r.value, r.unit, r.lower_is_better,
               r.sentence_start, r.sentence_end, r.span_start, r.span_end, {StoredRows.ResultContextColumns("r")},
               {StoredRows.EntityColumns("e")}, p.abstract
        FROM results r
        JOIN entities e ON e.pk = r.dataset_pk
        JOIN papers p ON p.pk = r.paper_pk
        WHERE r.paper_pk IN (SELECT value FROM json_each($papers))
          AND r.dataset_pk IN (SELECT value FROM json_each($family))
        """;

    private static readonly string PagePapers =
        $"SELECT p.pk, {StoredRows.PaperSummaryColumns("p")} FROM papers p WHERE p.pk IN (SELECT value FROM json_each($papers))";

    private readonly StoreVersionCache<FamilyRanking<long>> _rankings = new();

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
            connection, familySet, () => FamilyScores.RankAsync(connection, familySet, cancellationToken), cancellationToken);
        var page = ranking.PaperOrder.Skip(Math.Max(0, query.Offset)).Take(Math.Max(0, query.Limit)).ToList();
        var papers = new List<ReportingPaper>(page.Count);
        if (page.Count > 0)
        {
            var pageSet = StoredRows.JsonSet(page);
            var summaries = (await connection.Command(PagePapers, ("$papers", pageSet))
                    .ListAsync(reader => (Pk: reader.GetInt64(0), Summary: StoredRows.ReadPaperSummary(reader, 1)), cancellationToken))
                .ToDictionary(row => row.Pk, row => row.Summary);
            var results = (await connection.Command(PageResults, ("$family", familySet), ("$papers", pageSet))
                    .ListAsync(reader => ReadRow(reader, ranking), cancellationToken))
                .ToLookup(row => row.PaperPk, row => row.Result);
            papers.AddRange(page.Where(summaries.ContainsKey).Select(pk => new ReportingPaper(
                summaries[pk],
                results[pk].OrderBy(result => result.Context.IsCost).ThenBy(result => result.Rank)
                    .ThenBy(result => result.Metric, StringComparer.Ordinal).ToList())));
        }
        return new ReportsOnPage(dataset.Ref, variants, ranking.PaperOrder.Count, ranking.PapersWithResults, papers);
    }

    private static Row ReadRow(SqliteDataReader reader, FamilyRanking<long> ranking)
    {
        var provenance = StoredRows.ReadProvenance(reader, 9);
        var result = new RankedResult(
            StoredRows.ReadEntity(reader, 18),
            reader.GetString(5),
            reader.GetDouble(6),
            reader.GetString(7),
            reader.GetBoolean(8),
            ranking.RankOf(new ResultGroup(FamilyScores.GroupDataset(reader.GetInt64(1)), reader.GetString(2), reader.GetString(3)), reader.GetDouble(4)),
            StoredRows.ReadResultContext(reader, 13),
            provenance,
            StoredRows.SentenceOf(reader.GetString(21), provenance));
        return new Row(reader.GetInt64(0), result);
    }

    private sealed record Row(long PaperPk, RankedResult Result);
}
