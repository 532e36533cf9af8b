namespace PaperGraph.Neo4j.Http;

/// <summary>A failure that may pass when the request is sent again: <c>Neo.TransientError.*</c> (deadlocks,
/// leader switches) or HTTP 502, 503 and 504 from the server or a proxy in front of it.</summary>
public sealed class Neo4jTransientException(string code, string message) : Neo4jQueryException(code, message);
