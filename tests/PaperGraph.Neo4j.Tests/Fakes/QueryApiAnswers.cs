using System.Net;
using System.Text;
using System.Text.Json;

namespace PaperGraph.Neo4j.Tests.Fakes;

/// <summary>Answers shaped as Neo4j's Query API documents them.</summary>
public static class QueryApiAnswers
{
    /// <summary>202 with <c>data.fields</c>, rows in <c>data.values</c>, counters and a bookmark.</summary>
    public static HttpResponseMessage Rows(IReadOnlyList<string> fields, IEnumerable<object?[]> rows, object? counters = null) =>
        Json(HttpStatusCode.Accepted, new
        {
            data = new { fields, values = rows },
            counters = counters ?? new { containsUpdates = false, nodesCreated = 0, relationshipsCreated = 0 },
            bookmarks = new[] { "FB:kcwQ" },
        });

    public static HttpResponseMessage Empty() => Rows([], []);

    public static HttpResponseMessage TransactionOpened(string id, string? affinity)
    {
        var answer = Json(HttpStatusCode.Accepted, new
        {
            data = new { fields = Array.Empty<string>(), values = Array.Empty<object>() },
            bookmarks = Array.Empty<string>(),
            transaction = new { id, expires = "2026-12-01T23:59:00Z" },
        });
        if (affinity is not null)
        {
            answer.Headers.Add("neo4j-cluster-affinity", affinity);
        }
        return answer;
    }

    public static HttpResponseMessage Error(HttpStatusCode status, string code, string message) =>
        Json(status, new { errors = new[] { new { code, message } } });

    private static HttpResponseMessage Json(HttpStatusCode status, object body) =>
        new(status) { Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json") };
}
