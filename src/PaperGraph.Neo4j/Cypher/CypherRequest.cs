namespace PaperGraph.Neo4j.Cypher;

/// <summary>A statement with the parameter values of one run.</summary>
public sealed record CypherRequest(CypherStatement Statement, IReadOnlyDictionary<string, object?> Parameters);
