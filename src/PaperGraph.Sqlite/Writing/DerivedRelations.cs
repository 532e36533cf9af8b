using Microsoft.Data.Sqlite;
using PaperGraph.Core.Model;

namespace PaperGraph.Sqlite.Writing;

/// <summary>BUILDS_ON: paper Q uses a method that another paper P proposes, so Q builds on P.</summary>
internal static class DerivedRelations
{
    /// <summary>Millions of links can come out of a large import: the target index is dropped and built again
    /// from sorted data, which is much cheaper than updating it row by row. Its definition matches 0001_initial.sql.</summary>
    private const string Rebuild =
        """
        DELETE FROM paper_links WHERE type = $buildsOn;
        DROP INDEX ix_paper_links_target;
        INSERT OR IGNORE INTO paper_links (source_pk, target_pk, type)
        SELECT DISTINCT user.paper_pk, proposer.paper_pk, $buildsOn
        FROM paper_entities proposer
        JOIN entities method ON method.pk = proposer.entity_pk AND method.type = $method
        JOIN paper_entities user ON user.entity_pk = proposer.entity_pk AND user.role = $uses
        WHERE proposer.role = $proposes AND user.paper_pk <> proposer.paper_pk;
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
