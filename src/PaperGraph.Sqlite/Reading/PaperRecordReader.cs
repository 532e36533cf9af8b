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
                var extraction = Rebuild(paper.Abstract, entities, roles[pk].Select(row => (row.Entity, row.Role)), results[pk], mentions);
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
        var rows = await connection.Command("SELECT pk, key, type, name, parent_pk FROM entities")
            .ListAsync(r => (Pk: r.GetInt64(0), Entity: new StoredEntityNames(r.GetString(1), Enum.Parse<EntityType>(r.GetString(2)),
                r.GetString(3), names[r.GetInt64(0)].ToList(), r.IsDBNull(4) ? null : r.GetInt64(4))), cancellationToken);
        return rows.ToDictionary(row => row.Pk, row => row.Entity);
    }

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

    /// <summary>One entity per linked entity with all its roles, names and mentions. Mention sentences are not stored;
    /// the span stands in for its sentence.</summary>
    private static PaperExtraction Rebuild(string text, Dictionary<long, StoredEntityNames> entities,
        IEnumerable<(long Entity, RelationType Role)> roles, IEnumerable<ExtractedResult> results, string mentionsJson)
    {
        var mentions = JsonSerializer.Deserialize<long[][]>(mentionsJson) ?? [];
        var linked = roles.GroupBy(row => row.Entity, row => row.Role).ToList();
        var extracted = linked.Select(group =>
        {
            var entity = entities[group.Key];
            var own = mentions.Where(mention => mention[0] == group.Key)
                .Select(mention => MentionOf(text, entity, (int)mention[1], (int)mention[2])).ToList();
            var parent = entity.ParentPk is { } parentPk && entities.TryGetValue(parentPk, out var stored) ? stored.KeyedName : null;
            return new ExtractedEntity(entity.Type, entity.Name, group.First(), entity.Names.Where(name => name != entity.Name).ToList(), parent, own)
            {
                KeyName = entity.KeyName,
                AdditionalRoles = group.Skip(1).ToList(),
            };
        }).ToList();
        var withRole = linked.Select(group => group.Key).ToHashSet();
        var loose = mentions.Where(mention => !withRole.Contains(mention[0]) && entities.ContainsKey(mention[0]))
            .Select(mention => MentionOf(text, entities[mention[0]], (int)mention[1], (int)mention[2])).ToList();
        return new PaperExtraction(extracted, results.ToList(), loose);
    }

    private static Mention MentionOf(string text, StoredEntityNames entity, int start, int end)
    {
        var fits = start >= 0 && start <= end && end <= text.Length;
        return new Mention(entity.Type, fits ? text[start..end] : entity.Name, start, end, start, end);
    }
}
