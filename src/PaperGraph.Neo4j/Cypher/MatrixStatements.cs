using static PaperGraph.Neo4j.Cypher.Samples;

namespace PaperGraph.Neo4j.Cypher;

/// <summary>Methods by datasets: papers that propose or use a method and evaluate on a dataset. Rows and columns
/// come from <see cref="EntityStatements.Top"/>; cells are counted for those keys only.</summary>
internal static class MatrixStatements
{
    public static CypherStatement Cells { get; } = new("matrix.cells",
        """
        UNWIND $methods AS methodKey
        MATCH (:Entity {key: methodKey})<-[:PROPOSES|USES]-(p:Paper)-[:EVALUATED_ON]->(d:Entity)
        WHERE d.key IN $datasets
        RETURN methodKey, d.key AS datasetKey, count(DISTINCT p) AS papers
        """,
        Of(("methods", new[] { "method:resnet" }), ("datasets", new[] { "dataset:imagenet" })));

    public static CypherStatement CellPapers { get; } = new("matrix.cell-papers",
        """
        MATCH (:Entity {key: $method})<-[:PROPOSES|USES]-(p:Paper)-[:EVALUATED_ON]->(:Entity {key: $dataset})
        WITH DISTINCT p
        RETURN p.id AS id, p.title AS title, p.year AS year
        ORDER BY p.year IS NULL, p.year DESC, p.title
        """,
        Of(("method", "method:resnet"), ("dataset", "dataset:imagenet")));

    public static IReadOnlyList<CypherStatement> All { get; } = [Cells, CellPapers];
}
