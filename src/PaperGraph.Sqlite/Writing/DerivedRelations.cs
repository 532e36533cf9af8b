using Microsoft.Data.Sqlite;
using PaperGraph.Core.Model;

namespace PaperGraph.Sqlite.Writing;

/// <summary>BUILDS_ON: paper Q uses a method that another paper P proposes, so Q builds on P.</summary>
internal static class DerivedRelations
{
    /// <summary>Millions of links can come out of a large import, so the statement is shaped for bulk: users are
    /// walked in paper order (CROSS JOIN fixes the join order), which makes the links arrive almost in primary
    /// key order, duplicates fall to INSERT OR IGNORE instead of a sort, and the target index is dropped and
    /// built again from sorted data afterwards (its definition matches 0001_initial.sql).</summary>
    private const string Rebuild =
        """
        DELETE FROM paper_links WHERE type = $buildsOn;
        DROP INDEX ix_paper_links_target;
        INSERT OR IGNORE INTO paper_links (source_pk, target_pk, type)
        SELECT user.paper_pk, proposer.paper_pk, $buildsOn
        FROM paper_entities user
        CROSS JOIN entities method
        CROSS JOIN paper_entities proposer
        WHERE user.role = $uses
          AND method.pk = user.entity_pk AND method.type = $method
          AND proposer.entity_pk = user.entity_pk AND proposer.role = $proposes
          AND proposer.paper_pk <> user.paper_pk;
        CREATE INDEX ix_paper_links_target ON paper_links(target_pk, type, source_pk);
        """;

    public static async Task RefreshAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken) =>
        await connection.Command(Rebuild,
                ("$buildsOn", StoredRows.Name(RelationType.BuildsOn)),
                ("$method", StoredRows.Name(EntityType.Method)),
                ("$uses", StoredRows.Name(RelationType.Uses)),
                ("$proposes", StoredRows.Name(RelationType.Proposes)))
            .In(transaction)
            .ExecuteAsync(cancellationToken);
}
