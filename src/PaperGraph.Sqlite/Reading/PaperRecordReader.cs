using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using PaperGraph.Core.Extraction;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Model;

namespace PaperGraph.Sqlite.Reading;

/// <summary>Reads the store back as <see cref="PaperRecord"/>s, a page of papers at a time in primary-key order. The
/// entity table (far smaller than the papers) is read once; papers, roles and results are read per page.</summary>
internal static class PaperRecordReader
{
    public static async IAsyncEnumerable<PaperRecord> ReadAllAsync(
        SqliteConnection connection, int pageSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var entities = await ReadEntitiesAsync(connection, cancellationToken);
        long after = 0;
        while (true)
        {
            var papers = await connection.Command(
                    $"SELECT p.pk, p.mentions, {StoredRows.PaperColumns("p")} FROM papers p WHERE p.pk > $after AND p.is_stub = 0 ORDER BY p.pk LIMIT $limit",
                    ("$after", after), ("$limit", Math.Max(1, pageSize)))
                .ListAsync(r => (Pk: r.GetInt64(0), Mentions: r.GetString(1), Paper: StoredRows.ReadPaper(r, 2)), cancellationToken);
            if (papers.Count == 0)
            {
                yield break;
            }
            var range = new[] { ("$first", (object?)papers[0].Pk), ("$last", (object?)papers[^1].Pk) };
            var roles = (await connection.Command(
                        "SELECT paper_pk, entity_pk, role FROM paper_entities WHERE paper_pk BETWEEN $first AND $last ORDER BY paper_pk, entity_pk, role",
                        range)
                    .ListAsync(r => (Paper: r.GetInt64(0), Entity: r.GetInt64(1), Role: Enum.Parse<RelationType>(r.GetString(2))), cancellationToken))
                .ToLookup(row => row.Paper);
            var results = (await connection.Command(
                        $"""
                        SELECT r.paper_pk, r.dataset_pk, r.metric, r.value, r.unit, r.sentence_start, r.sentence_end, r.span_start, r.span_end,
                               {StoredRows.ResultContextColumns("r")}
                        FROM results r WHERE r.paper_pk BETWEEN $first AND $last ORDER BY r.pk
                        """,
                        range)
                    .ListAsync(r => (Paper: r.GetInt64(0), Result: ReadResult(r, entities)), cancellationToken))
                .ToLookup(row => row.Paper, row => row.Result);
            var references = await CitesAsync(connection, "source_pk", "target_pk", "", range, cancellationToken);
            // Stubs are not read back, so the edges from them come with the papers they cite; every CITES edge comes once.
            var stubCiting = await CitesAsync(connection, "target_pk", "source_pk", "AND other.is_stub = 1", range, cancellationToken);
            foreach (var (pk, mentions, paper) in papers)
            {
                var extraction = StoredExtraction.Rebuild(paper.Abstract, entities, roles[pk].Select(row => (row.Entity, row.Role)), results[pk],
                    ReadMentions(mentions));
                yield return new PaperRecord(paper, extraction, new PaperCitations(references[pk].ToList(), stubCiting[pk].ToList()));
            }
            after = papers[^1].Pk;
        }
    }

    /// <summary>The papers at the other end of the CITES edges of a page's papers, by the page paper's row.</summary>
    private static async Task<ILookup<long, Paper>> CitesAsync(SqliteConnection connection, string pageEnd, string otherEnd, string filter,
        (string, object?)[] range, CancellationToken cancellationToken) =>
        (await connection.Command(
                $"""
                SELECT l.{pageEnd}, {StoredRows.PaperColumns("other")}
                FROM paper_links l JOIN papers other ON other.pk = l.{otherEnd}
                WHERE l.type = '{StoredRows.Name(RelationType.Cites)}' AND l.{pageEnd} BETWEEN $first AND $last {filter}
                ORDER BY l.{pageEnd}, other.pk
                """,
                range)
            .ListAsync(r => (Pk: r.GetInt64(0), Paper: StoredRows.ReadPaper(r, 1)), cancellationToken))
        .ToLookup(row => row.Pk, row => row.Paper);

    private static async Task<Dictionary<long, StoredEntityNames>> ReadEntitiesAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var names = (await connection.Command("SELECT entity_pk, name FROM entity_names ORDER BY entity_pk, name")
                .ListAsync(r => (Pk: r.GetInt64(0), Name: r.GetString(1)), cancellationToken))
            .ToLookup(row => row.Pk, row => row.Name);
        var rows = (await connection.Command("SELECT pk, key, type, name, parent_pk FROM entities")
                .ListAsync(r => (Pk: r.GetInt64(0), Key: r.GetString(1), Type: Enum.Parse<EntityType>(r.GetString(2)), Name: r.GetString(3),
                    ParentPk: r.IsDBNull(4) ? (long?)null : r.GetInt64(4)), cancellationToken))
            .ToDictionary(row => row.Pk);
        string KeyedName(long pk) => EntityKey.KeyedName(rows[pk].Key, rows[pk].Type, rows[pk].Name, names[pk]);
        return rows.Values.ToDictionary(row => row.Pk, row => new StoredEntityNames(row.Key, row.Type, row.Name, names[row.Pk].ToList(),
            row.ParentPk is { } parent && rows.ContainsKey(parent) ? KeyedName(parent) : null));
    }

    /// <summary>The stored mention spans, <c>[[entity_pk, start, end], ...]</c>.</summary>
    private static List<(long Entity, int Start, int End)> ReadMentions(string json) =>
        (JsonSerializer.Deserialize<long[][]>(json) ?? []).Select(mention => (mention[0], (int)mention[1], (int)mention[2])).ToList();

    private static ExtractedResult ReadResult(SqliteDataReader reader, Dictionary<long, StoredEntityNames> entities)
    {
        var context = StoredRows.ReadResultContext(reader, 9);
        return new ExtractedResult(entities[reader.GetInt64(1)].KeyedName, reader.GetString(2), reader.GetDouble(3), reader.GetString(4),
            StoredRows.ReadProvenance(reader, 5))
        {
            Qualifier = context.Qualifier,
            Condition = context.Condition,
            Setting = context.Setting,
            IsCost = context.IsCost,
            WrittenValue = context.WrittenValue,
        };
    }
}
