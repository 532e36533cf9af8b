namespace PaperGraph.Neo4j.Http;

/// <summary>The server refused or failed a request; <see cref="Code"/> is Neo4j's status code
/// (<c>Neo.ClientError.Statement.SyntaxError</c>) or <c>HTTP nnn</c> when the body named none.</summary>
public class Neo4jQueryException(string code, string message) : Exception($"{code}: {message}")
{
    public string Code { get; } = code;
}
