using System.Text.Json;

namespace PaperGraph.Neo4j.Http;

/// <summary>A successful Query API answer: <c>data.fields</c> and the rows of <c>data.values</c>, the
/// update counters, the bookmarks and, in an explicit transaction, its id.</summary>
internal sealed record QueryResponse(
    IReadOnlyList<QueryRecord> Records,
    QueryCounters Counters,
    IReadOnlyList<string> Bookmarks,
    string? TransactionId)
{
    /// <summary>An answer without a body (a commit or rollback may have none).</summary>
    public static QueryResponse Empty { get; } = new([], QueryCounters.None, [], null);

    public static QueryResponse Parse(JsonElement root)
    {
        var records = new List<QueryRecord>();
        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            var fields = data.TryGetProperty("fields", out var names) && names.ValueKind == JsonValueKind.Array
                ? names.EnumerateArray().Select((name, index) => (Name: name.GetString() ?? "", Index: index))
                    .ToDictionary(field => field.Name, field => field.Index, StringComparer.Ordinal)
                : [];
            if (data.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array)
            {
                records.AddRange(values.EnumerateArray().Select(row => new QueryRecord(fields, row.EnumerateArray().ToArray())));
            }
        }
        var bookmarks = root.TryGetProperty("bookmarks", out var marks) && marks.ValueKind == JsonValueKind.Array
            ? marks.EnumerateArray().Select(mark => mark.GetString() ?? "").ToList()
            : [];
        var transactionId = root.TryGetProperty("transaction", out var transaction) && transaction.ValueKind == JsonValueKind.Object
                            && transaction.TryGetProperty("id", out var id)
            ? id.GetString()
            : null;
        var counters = root.TryGetProperty("counters", out var counts) ? QueryCounters.Parse(counts) : QueryCounters.None;
        return new QueryResponse(records, counters, bookmarks, transactionId);
    }
}
