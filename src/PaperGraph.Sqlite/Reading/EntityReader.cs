using Microsoft.Data.Sqlite;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;

namespace PaperGraph.Sqlite.Reading;

/// <summary>Entity lookups: name resolution, entity pages and the most linked entities.</summary>
internal static class EntityReader
{
    private const int CoOccurringLimit = 20;

    private static readonly string SelectEntity = $"SELECT e.pk, {StoredRows.EntityColumns("e")}, e.parent_pk FROM entities e";

    public static async Task<StoredEntity?> ByKeyAsync(SqliteConnection connection, string key, CancellationToken cancellationToken) =>
        await connection.Command($"{SelectEntity} WHERE e.key = $key", ("$key", key))
            .SingleOrDefaultAsync(ReadStored, cancellationToken);

    /// <summary>By key, then by any name folded like <see cref="EntityKey.Fold"/>: datasets first when no type is
    /// given, then an exact canonical name, then the most linked entity.</summary>
    public static async Task<StoredEntity?> ResolveAsync(SqliteConnection connection, string nameOrKey, EntityType? type, CancellationToken cancellationToken)
    {
        var byKey = await ByKeyAsync(connection, nameOrKey.Trim().ToLowerInvariant(), cancellationToken);
        if (byKey is not null && (type is null || byKey.Ref.Type == type))
        {
            return byKey;
        }
        var folded = EntityKey.Fold(nameOrKey);
        if (folded.Length == 0)
        {
            return null;
        }
        return await connection.Command(
                $"""
                {SelectEntity}
                WHERE e.pk IN (SELECT entity_pk FROM entity_names WHERE folded = $folded)
                  AND ($type IS NULL OR e.type = $type)
                ORDER BY e.type = 'Dataset' DESC, e.key = lower(e.type) || ':' || $folded DESC, e.paper_count DESC, e.pk
                LIMIT 1
                """,
                ("$folded", folded), ("$type", type is { } t ? StoredRows.Name(t) : null))
            .SingleOrDefaultAsync(ReadStored, cancellationToken);
    }

    public static async Task<EntityDetails?> DetailsAsync(SqliteConnection connection, string entityKey, int paperLimit, CancellationToken cancellationToken)
    {
        if (await ByKeyAsync(connection, entityKey, cancellationToken) is not { } entity)
        {
            return null;
        }
        var pk = ("$pk", (object?)entity.Pk);
        var aliases = await connection.Command(
                "SELECT name FROM entity_names WHERE entity_pk = $pk AND name <> $name ORDER BY name", pk, ("$name", entity.Ref.Name))
            .ListAsync(r => r.GetString(0), cancellationToken);
        var parent = await connection.Command(
                $"SELECT {StoredRows.EntityColumns("e")} FROM entities e WHERE e.pk = $parent", ("$parent", entity.ParentPk))
            .SingleOrDefaultAsync(r => StoredRows.ReadEntity(r, 0), cancellationToken);
        var variants = await connection.Command(
                $"SELECT {StoredRows.EntityColumns("e")} FROM entities e WHERE e.parent_pk = $pk ORDER BY e.name", pk)
            .ListAsync(r => StoredRows.ReadEntity(r, 0), cancellationToken);
        // The papers of the entity and of its variants, as its leaderboard ranks them together.
        var family = ("$family", (object?)StoredRows.JsonSet((await FamilyAsync(connection, entity.Pk, cancellationToken)).Select(member => member.Pk)));
        var papers = await connection.Command(
                $"""
                WITH links(paper_pk, role) AS (
                    SELECT paper_pk, role FROM paper_entities WHERE entity_pk IN (SELECT value FROM json_each($family))
                    UNION SELECT paper_pk, 'Reports' FROM results WHERE dataset_pk IN (SELECT value FROM json_each($family))),
                chosen AS (SELECT DISTINCT paper_pk FROM links ORDER BY paper_pk DESC LIMIT $limit)
                SELECT {StoredRows.PaperSummaryColumns("p")}, l.role
                FROM chosen c JOIN links l ON l.paper_pk = c.paper_pk JOIN papers p ON p.pk = c.paper_pk
                ORDER BY p.year DESC NULLS LAST, p.title, l.role
                """,
                family, ("$limit", Math.Max(0, paperLimit)))
            .ListAsync(r => new EntityPaperLink(StoredRows.ReadPaperSummary(r, 0), Enum.Parse<RelationType>(r.GetString(3))), cancellationToken);
        var total = await connection.Command(
                """
                SELECT COUNT(*) FROM (
                    SELECT paper_pk FROM paper_entities WHERE entity_pk IN (SELECT value FROM json_each($family))
                    UNION SELECT paper_pk FROM results WHERE dataset_pk IN (SELECT value FROM json_each($family)))
                """,
                family)
            .LongAsync(cancellationToken);
        var coOccurring = await connection.Command(
                $"""
                SELECT {StoredRows.EntityColumns("e")}, COUNT(DISTINCT other.paper_pk) AS papers
                FROM paper_entities mine
                JOIN paper_entities other ON other.paper_pk = mine.paper_pk AND other.entity_pk <> mine.entity_pk
                JOIN entities e ON e.pk = other.entity_pk
                WHERE mine.entity_pk = $pk
                GROUP BY other.entity_pk
                ORDER BY papers DESC, e.name
                LIMIT {CoOccurringLimit}
                """,
                pk)
            .ListAsync(r => new EntityCount(StoredRows.ReadEntity(r, 0), r.GetInt32(3)), cancellationToken);
        return new EntityDetails(entity.Ref, aliases, parent, variants, papers, (int)total, coOccurring);
    }

    public static async Task<IReadOnlyList<EntityCount>> TopAsync(SqliteConnection connection, EntityType type, int limit, CancellationToken cancellationToken) =>
        (await MostLinkedAsync(connection, type, limit, cancellationToken)).Select(linked => linked.Count).ToList();

    /// <summary>The entities of a type linked to the most papers, with their primary keys.</summary>
    public static async Task<List<(long Pk, EntityCount Count)>> MostLinkedAsync(
        SqliteConnection connection, EntityType type, int limit, CancellationToken cancellationToken) =>
        await connection.Command(
                $"""
                SELECT e.pk, {StoredRows.EntityColumns("e")}, e.paper_count FROM entities e
                WHERE e.type = $type AND e.paper_count > 0
                ORDER BY e.paper_count DESC, e.name
                LIMIT $limit
                """,
                ("$type", StoredRows.Name(type)), ("$limit", Math.Max(0, limit)))
            .ListAsync(r => (r.GetInt64(0), new EntityCount(StoredRows.ReadEntity(r, 1), r.GetInt32(4))), cancellationToken);

    /// <summary>The entity and all its variants, recursively.</summary>
    public static async Task<IReadOnlyList<StoredEntity>> FamilyAsync(SqliteConnection connection, long rootPk, CancellationToken cancellationToken) =>
        await connection.Command(
                $"""
                WITH RECURSIVE family(pk, depth) AS (
                    SELECT $root, 0
                    UNION SELECT child.pk, family.depth + 1 FROM entities child JOIN family ON child.parent_pk = family.pk
                    WHERE family.depth < {StoredRows.MaxVariantDepth})
                {SelectEntity} JOIN family f ON f.pk = e.pk
                GROUP BY e.pk
                ORDER BY MIN(f.depth), e.name
                """,
                ("$root", rootPk))
            .ListAsync(ReadStored, cancellationToken);

    private static StoredEntity ReadStored(SqliteDataReader reader) =>
        new(reader.GetInt64(0), StoredRows.ReadEntity(reader, 1), reader.IsDBNull(4) ? null : reader.GetInt64(4));
}
