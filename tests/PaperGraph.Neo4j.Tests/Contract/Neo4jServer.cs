namespace PaperGraph.Neo4j.Tests.Contract;

/// <summary>The Neo4j server the contract suite runs against, from <c>NEO4J_URI</c>, <c>NEO4J_USER</c>,
/// <c>NEO4J_PASSWORD</c> and optionally <c>NEO4J_DATABASE</c>. The suite empties that database before every test.</summary>
internal static class Neo4jServer
{
    public static Uri? Uri => Environment.GetEnvironmentVariable("NEO4J_URI") is { Length: > 0 } uri ? new Uri(uri) : null;

    public static Neo4jStoreOptions Options() => new()
    {
        Uri = Uri,
        User = Environment.GetEnvironmentVariable("NEO4J_USER"),
        Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD"),
        Database = Environment.GetEnvironmentVariable("NEO4J_DATABASE") is { Length: > 0 } database ? database : "neo4j",
    };
}
