using System.Text.Json;

namespace PaperGraph.Core.Corpus.Formats;

/// <summary>An API response as test suites and crawlers store it: <c>{"url", "status_code", "body"}</c>, the body
/// being the response text (an Atom feed for the arXiv API).</summary>
internal static class RecordedApiResponse
{
    /// <summary>The body text, or why there is none to read.</summary>
    public static async Task<(string? Body, string? Problem)> BodyAsync(Stream stream, CancellationToken cancellationToken)
    {
        if (stream.Length - stream.Position > JsonRecords.MaxDocumentBytes)
        {
            return (null, $"a recorded response over {JsonRecords.MaxDocumentBytes / (1024 * 1024)} MiB");
        }
        try
        {
            using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("body", out var body) || body.ValueKind != JsonValueKind.String)
            {
                return (null, "a JSON object without a \"body\" text; not a recorded API response");
            }
            if (root.TryGetProperty("status_code", out var status) && status.TryGetInt32(out var code) && code is < 200 or > 299)
            {
                var url = root.TryGetProperty("url", out var u) && u.ValueKind == JsonValueKind.String ? $" from {u.GetString()}" : "";
                return (null, $"the recorded response{url} has status {code}; nothing to read");
            }
            return (body.GetString(), null);
        }
        catch (JsonException e)
        {
            return (null, $"invalid JSON at line {(e.LineNumber ?? 0) + 1} (truncated or malformed)");
        }
    }
}
