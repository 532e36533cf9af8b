using System.Text.Json;

namespace PaperGraph.Neo4j.Tests.Fakes;

/// <summary>A request the fake server received: where it went, its headers and, for statements, the text and parameters.</summary>
public sealed record RecordedRequest(HttpMethod Method, string Path, string? Authorization, string? Affinity, string? Statement, JsonElement? Parameters)
{
    public bool IncludesCounters { get; init; }
}
