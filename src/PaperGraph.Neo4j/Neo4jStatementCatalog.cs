using System.Text.Json;
using PaperGraph.Neo4j.Cypher;

namespace PaperGraph.Neo4j;

/// <summary>Every Cypher statement the Neo4j store can send, with sample parameters: for printing
/// (<c>papergraph cypher-statements</c>) and for linting them offline in CI.</summary>
public static class Neo4jStatementCatalog
{
    public static IReadOnlyList<CypherStatement> All() =>
    [
        .. SchemaStatements.All,
        SchemaStatements.AwaitIndexes,
        .. PaperWriteStatements.All,
        .. CitationWriteStatements.All,
        .. PaperMergeStatements.All,
        .. CitationStatements.All,
        .. StoreStateStatements.All,
        .. DerivedRelationStatements.All,
        .. EntityStatements.All,
        .. PaperStatements.All,
        .. PaperRecordStatements.All,
        .. ReportsOnStatements.All,
        .. SearchStatements.All,
        .. MatrixStatements.All,
        .. EvaluationPartnerStatements.All,
        .. StatisticsStatements.All,
        .. GraphStatements.All,
        .. CurationStatements.All,
        .. SuggestionStatements.All,
    ];

    /// <summary>The catalog as the linter reads it (<c>tools/cypher-lint</c>): a JSON array of
    /// <c>{name, statement, parameters}</c>.</summary>
    public static string ToJson() => JsonSerializer.Serialize(
        All().Select(statement => new Dictionary<string, object?>
        {
            ["name"] = statement.Name,
            ["statement"] = statement.Text,
            ["parameters"] = statement.SampleParameters,
        }),
        new JsonSerializerOptions { WriteIndented = true });
}
