namespace PaperGraph.Neo4j.Http;

/// <summary>The credentials were refused or do not allow the request (<c>Neo.ClientError.Security.*</c>,
/// HTTP 401 or 403). Never retried.</summary>
public sealed class Neo4jAuthenticationException(string code, string message) : Neo4jQueryException(code, message);
