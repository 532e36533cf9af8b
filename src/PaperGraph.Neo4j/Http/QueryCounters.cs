using System.Text.Json;

namespace PaperGraph.Neo4j.Http;

/// <summary>What a statement changed, as the Query API reports it with <c>includeCounters</c>.</summary>
internal sealed record QueryCounters(int NodesCreated, int NodesDeleted, int RelationshipsCreated, int RelationshipsDeleted, int PropertiesSet)
{
    public static QueryCounters None { get; } = new(0, 0, 0, 0, 0);

    public static QueryCounters Parse(JsonElement counters) => counters.ValueKind != JsonValueKind.Object
        ? None
        : new QueryCounters(
            Count(counters, "nodesCreated"),
            Count(counters, "nodesDeleted"),
            Count(counters, "relationshipsCreated"),
            Count(counters, "relationshipsDeleted"),
            Count(counters, "propertiesSet"));

    private static int Count(JsonElement counters, string name) =>
        counters.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : 0;
}
