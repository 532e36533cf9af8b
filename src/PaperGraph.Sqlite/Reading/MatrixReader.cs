using Microsoft.Data.Sqlite;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;

namespace PaperGraph.Sqlite.Reading;

/// <summary>Methods by datasets: papers that propose or use a method and evaluate on a dataset.</summary>
internal static class MatrixReader
{
    private static readonly string MethodRoles = StoredRows.JsonSet(new[] { RelationType.Proposes, RelationType.Uses }.Select(StoredRows.Name));

    private static readonly string CellJoin =
        """
        FROM paper_entities m
        JOIN paper_entities d ON d.paper_pk = m.paper_pk AND d.role = 'EvaluatedOn'
        WHERE m.role IN (SELECT value FROM json_each($methodRoles))
        """;

    public static async Task<MethodDatasetMatrix> ReadAsync(SqliteConnection connection, int maxMethods, int maxDatasets, CancellationToken cancellationToken)
    {
        var methods = await EntityReader.MostLinkedAsync(connection, EntityType.Method, maxMethods, cancellationToken);
        var datasets = await EntityReader.MostLinkedAsync(connection, EntityType.Dataset, maxDatasets, cancellationToken);
        var methodIndex = methods.Select((linked, index) => (linked.Pk, index)).ToDictionary();
        var datasetIndex = datasets.Select((linked, index) => (linked.Pk, index)).ToDictionary();
        var cells = await connection.Command(
                $"""
                SELECT m.entity_pk, d.entity_pk, COUNT(DISTINCT m.paper_pk)
                {CellJoin}
                  AND m.entity_pk IN (SELECT value FROM json_each($methods))
                  AND d.entity_pk IN (SELECT value FROM json_each($datasets))
                GROUP BY m.entity_pk, d.entity_pk
                """,
                ("$methodRoles", MethodRoles),
                ("$methods", StoredRows.JsonSet(methodIndex.Keys)),
                ("$datasets", StoredRows.JsonSet(datasetIndex.Keys)))
            .ListAsync(r => new MatrixCell(methodIndex[r.GetInt64(0)], datasetIndex[r.GetInt64(1)], r.GetInt32(2)), cancellationToken);
        return new MethodDatasetMatrix(
            methods.Select(linked => linked.Count.Entity).ToList(),
            datasets.Select(linked => linked.Count.Entity).ToList(),
            cells.OrderBy(cell => cell.MethodIndex).ThenBy(cell => cell.DatasetIndex).ToList());
    }

    public static async Task<IReadOnlyList<PaperSummary>> PapersAsync(SqliteConnection connection, string methodKey, string datasetKey, CancellationToken cancellationToken) =>
        await connection.Command(
                $"""
                SELECT {StoredRows.PaperSummaryColumns("p")} FROM papers p
                WHERE p.pk IN (
                    SELECT m.paper_pk
                    {CellJoin}
                      AND m.entity_pk = (SELECT pk FROM entities WHERE key = $method)
                      AND d.entity_pk = (SELECT pk FROM entities WHERE key = $dataset))
                ORDER BY p.year DESC NULLS LAST, p.title
                """,
                ("$methodRoles", MethodRoles), ("$method", methodKey), ("$dataset", datasetKey))
            .ListAsync(r => StoredRows.ReadPaperSummary(r, 0), cancellationToken);
}
