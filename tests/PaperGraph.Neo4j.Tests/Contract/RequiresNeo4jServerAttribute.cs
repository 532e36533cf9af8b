using PaperGraph.Store.Contract;

namespace PaperGraph.Neo4j.Tests.Contract;

/// <summary>Skips the store contract suite, loudly, when no Neo4j server is configured.</summary>
public sealed class RequiresNeo4jServerAttribute : ContractSuiteConditionAttribute
{
    public override string? SkipReason => Neo4jServer.Uri is null
        ? "NEO4J CONTRACT TESTS SKIPPED: no Neo4j server. Set NEO4J_URI (e.g. http://localhost:7474), NEO4J_USER and " +
          "NEO4J_PASSWORD to run the store contract against a Neo4j 5.19+ server; it empties the database (NEO4J_DATABASE, " +
          "default neo4j) before every test."
        : null;
}
