using Microsoft.Data.Sqlite;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;

namespace PaperGraph.Sqlite.Reading;

/// <summary>A paper page: the paper, its entities, results, mentions and BUILDS_ON links both ways.</summary>
internal static class PaperReader
{
    /// <summary>Caps each BUILDS_ON list: a widely used method links thousands of papers.</summary>
    private const int LinkedPaperLimit = 200;

    public static async Task<PaperDetails?> ReadAsync(SqliteConnection connection, string paperId, CancellationToken cancellationToken)
    {
        var row = await connection.Command($"SELECT p.pk, {StoredRows.PaperColumns("p")} FROM papers p WHERE p.id = $id", ("$id", paperId))
            .SingleOrDefaultAsync(r => (Pk: r.GetInt64(0), Paper: StoredRows.ReadPaper(r, 1)), cancellationToken);
        if (row.Paper is not { } paper)
        {
            return null;
        }
        var pk = ("$pk", (object?)row.Pk);
        var entities = await connection.Command(
                $"""
                SELECT {StoredRows.EntityColumns("e")}, pe.role FROM paper_entities pe JOIN entities e ON e.pk = pe.entity_pk
                WHERE pe.paper_pk = $pk ORDER BY e.type, pe.role, e.name
                """,
                pk)
            .ListAsync(r => new PaperEntityLink(StoredRows.ReadEntity(r, 0), Enum.Parse<RelationType>(r.GetString(3))), cancellationToken);
        var results = await connection.Command(
                $"""
                SELECT {StoredRows.EntityColumns("e")}, r.metric, r.value, r.unit, r.sentence_start, r.sentence_end, r.span_start, r.span_end,
                       {StoredRows.ResultContextColumns("r")}
                FROM results r JOIN entities e ON e.pk = r.dataset_pk WHERE r.paper_pk = $pk ORDER BY r.pk
                """,
                pk)
            .ListAsync(r =>
            {
                var provenance = StoredRows.ReadProvenance(r, 6);
                return new PaperResult(StoredRows.ReadEntity(r, 0), r.GetString(3), r.GetDouble(4), r.GetString(5),
                    StoredRows.ReadResultContext(r, 10), provenance,
                    StoredRows.SentenceOf(paper.Abstract, provenance));
            }, cancellationToken);
        var mentions = await connection.Command(
                $"""
                SELECT {StoredRows.EntityColumns("e")}, m.value ->> 1, m.value ->> 2
                FROM papers p, json_each(p.mentions) m JOIN entities e ON e.pk = m.value ->> 0
                WHERE p.pk = $pk ORDER BY m.key
                """,
                pk)
            .ListAsync(r => new StoredMention(StoredRows.ReadEntity(r, 0), r.GetInt32(3), r.GetInt32(4)), cancellationToken);
        var buildsOn = await LinkedPapersAsync(connection, row.Pk, "source_pk", "target_pk", cancellationToken);
        var builtOnBy = await LinkedPapersAsync(connection, row.Pk, "target_pk", "source_pk", cancellationToken);
        return new PaperDetails(paper, entities, results, mentions, buildsOn, builtOnBy);
    }

    public static async Task<IReadOnlyList<PaperSummary>> SummariesAsync(
        SqliteConnection connection, IReadOnlyCollection<string> paperIds, CancellationToken cancellationToken)
    {
        if (paperIds.Count == 0)
        {
            return [];
        }
        return await connection.Command(
                $"""
                SELECT {StoredRows.PaperSummaryColumns("p")}
                FROM json_each($ids) asked JOIN papers p ON p.id = asked.value
                ORDER BY asked.key
                """,
                ("$ids", StoredRows.JsonSet(paperIds.Distinct())))
            .ListAsync(r => StoredRows.ReadPaperSummary(r, 0), cancellationToken);
    }

    private static async Task<IReadOnlyList<PaperSummary>> LinkedPapersAsync(
        SqliteConnection connection, long pk, string fromColumn, string toColumn, CancellationToken cancellationToken) =>
        await connection.Command(
                $"""
                SELECT {StoredRows.PaperSummaryColumns("p")} FROM paper_links l JOIN papers p ON p.pk = l.{toColumn}
                WHERE l.{fromColumn} = $pk AND l.type = $type
                ORDER BY p.year DESC NULLS LAST, p.title
                LIMIT {LinkedPaperLimit}
                """,
                ("$pk", pk), ("$type", StoredRows.Name(RelationType.BuildsOn)))
            .ListAsync(r => StoredRows.ReadPaperSummary(r, 0), cancellationToken);
}
