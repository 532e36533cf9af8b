using System.Text.Json;
using Microsoft.Data.Sqlite;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;

namespace PaperGraph.Sqlite.Curation;

/// <summary>What rewriting entities from their papers needs around the batch write: finding the papers, forgetting the
/// entities before it and removing the ones left without relations after it.</summary>
internal static class EntityRewrite
{
    /// <summary>The entities with the keys and their direct variants.</summary>
    private const string Targets =
        """
        targets(pk) AS (
            SELECT pk FROM entities WHERE key IN (SELECT value FROM json_each($keys))
            UNION SELECT c.pk FROM entities c JOIN entities p ON c.parent_pk = p.pk WHERE p.key IN (SELECT value FROM json_each($keys)))
        """;

    public static async Task<IReadOnlyList<string>> LinkedPaperIdsAsync(SqliteConnection connection, IReadOnlyCollection<string> keys,
        CancellationToken cancellationToken) =>
        await connection.Command(
                $"""
                WITH {Targets}
                SELECT p.id FROM papers p WHERE p.pk IN (
                    SELECT paper_pk FROM paper_entities WHERE entity_pk IN targets
                    UNION SELECT paper_pk FROM results WHERE dataset_pk IN targets)
                ORDER BY p.pk
                """,
                ("$keys", JsonSerializer.Serialize(keys)))
            .ListAsync(r => r.GetString(0), cancellationToken);

    public static async Task<IReadOnlyList<EntityRef>> FindAsync(SqliteConnection connection, string nameOrKey, CancellationToken cancellationToken) =>
        await connection.Command(
                $"""
                SELECT {StoredRows.EntityColumns("e")} FROM entities e
                WHERE e.key = $key OR e.pk IN (SELECT entity_pk FROM entity_names WHERE folded = $folded AND $folded <> '')
                ORDER BY e.key = $key DESC, e.paper_count DESC, e.key
                """,
                ("$key", nameOrKey.Trim().ToLowerInvariant()), ("$folded", EntityKey.Fold(nameOrKey)))
            .ListAsync(r => StoredRows.ReadEntity(r, 0), cancellationToken);

    /// <summary>Forgets the entities with the keys (names, parent, relations, search rows; their variants lose the link
    /// until their papers are written again) and returns the stored keys worth checking for orphans once the papers are: these,
    /// their parents, and every entity the papers linked to.</summary>
    public static async Task<IReadOnlyList<string>> ForgetAsync(SqliteConnection connection, SqliteTransaction transaction,
        IReadOnlyCollection<string> keys, IReadOnlyCollection<string> paperIds, CancellationToken cancellationToken)
    {
        var parameters = new[] { ("$keys", (object?)JsonSerializer.Serialize(keys)), ("$papers", JsonSerializer.Serialize(paperIds)) };
        var candidates = await connection.Command(
                """
                SELECT key FROM entities WHERE key IN (SELECT value FROM json_each($keys))
                UNION SELECT p.key FROM entities c JOIN entities p ON p.pk = c.parent_pk WHERE c.key IN (SELECT value FROM json_each($keys))
                UNION SELECT e.key FROM entities e WHERE e.pk IN (
                    SELECT entity_pk FROM paper_entities WHERE paper_pk IN (SELECT pk FROM papers WHERE id IN (SELECT value FROM json_each($papers)))
                    UNION SELECT dataset_pk FROM results WHERE paper_pk IN (SELECT pk FROM papers WHERE id IN (SELECT value FROM json_each($papers))))
                """,
                parameters)
            .In(transaction).ListAsync(r => r.GetString(0), cancellationToken);
        await connection.Command(
                """
                CREATE TEMP TABLE IF NOT EXISTS forgotten (pk INTEGER PRIMARY KEY);
                DELETE FROM forgotten;
                INSERT INTO forgotten SELECT pk FROM entities WHERE key IN (SELECT value FROM json_each($keys));
                DELETE FROM paper_entities WHERE entity_pk IN forgotten;
                DELETE FROM results WHERE dataset_pk IN forgotten;
                UPDATE entities SET parent_pk = NULL WHERE parent_pk IN forgotten;
                DELETE FROM entity_names WHERE entity_pk IN forgotten;
                DELETE FROM entity_search WHERE rowid IN forgotten;
                DELETE FROM entities WHERE pk IN forgotten;
                """,
                parameters[0])
            .In(transaction).ExecuteAsync(cancellationToken);
        return candidates;
    }

    /// <summary>Removes those of the entities left without a relation, a result or a variant (a parent left childless by
    /// that goes too); returns how many of them are gone, counting those not written again.</summary>
    public static async Task<int> RemoveOrphansAsync(SqliteConnection connection, SqliteTransaction transaction,
        IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        for (var depth = 0; depth <= StoredRows.MaxVariantDepth; depth++)
        {
            var orphans = await connection.Command(
                    """
                    SELECT e.pk FROM entities e WHERE e.key IN (SELECT value FROM json_each($keys))
                      AND NOT EXISTS (SELECT 1 FROM paper_entities WHERE entity_pk = e.pk)
                      AND NOT EXISTS (SELECT 1 FROM results WHERE dataset_pk = e.pk)
                      AND NOT EXISTS (SELECT 1 FROM entities c WHERE c.parent_pk = e.pk)
                    """,
                    ("$keys", JsonSerializer.Serialize(keys)))
                .In(transaction).ListAsync(r => r.GetInt64(0), cancellationToken);
            if (orphans.Count == 0)
            {
                break;
            }
            await connection.Command(
                    """
                    DELETE FROM entity_names WHERE entity_pk IN (SELECT value FROM json_each($pks));
                    DELETE FROM entity_search WHERE rowid IN (SELECT value FROM json_each($pks));
                    DELETE FROM entities WHERE pk IN (SELECT value FROM json_each($pks));
                    """,
                    ("$pks", StoredRows.JsonSet(orphans)))
                .In(transaction).ExecuteAsync(cancellationToken);
        }
        var left = await connection.Command("SELECT count(*) FROM entities WHERE key IN (SELECT value FROM json_each($keys))",
                ("$keys", JsonSerializer.Serialize(keys)))
            .In(transaction).LongAsync(cancellationToken);
        return keys.Count - (int)left;
    }
}
