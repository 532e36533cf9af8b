using PaperGraph.Neo4j.Cypher;

namespace PaperGraph.Neo4j.Tests.Protocol;

/// <summary>A statement for protocol tests, where the text does not matter.</summary>
internal static class ProbeStatement
{
    public static CypherStatement Instance { get; } = new("test.probe", "MATCH (p:Paper {id: $id}) RETURN p.title AS title, p.year AS year", Samples.Of());

    public static CypherRequest Request(string id = "doi:10.1/x") => Instance.With(("id", id));
}
