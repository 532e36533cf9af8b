using System.Net;
using System.Text.Json;

namespace PaperGraph.Neo4j.Http;

/// <summary>Turns an error answer of the Query API into the exception that says what went wrong.</summary>
internal static class Neo4jErrors
{
    private const string SecurityPrefix = "Neo.ClientError.Security.";
    private const string TransientPrefix = "Neo.TransientError.";

    /// <summary>The exception for a response, or null when it is a success without errors.</summary>
    public static Neo4jQueryException? From(HttpStatusCode status, JsonElement? body)
    {
        var (code, message) = FirstError(body);
        if (code is not null)
        {
            return Create(code, message ?? "");
        }
        var number = (int)status;
        if (number is >= 200 and < 300)
        {
            return null;
        }
        var statusCode = $"HTTP {number}";
        var text = message ?? status.ToString();
        return status switch
        {
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => new Neo4jAuthenticationException(statusCode, text),
            HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout =>
                new Neo4jTransientException(statusCode, text),
            _ => new Neo4jQueryException(statusCode, text),
        };
    }

    public static Neo4jQueryException Create(string code, string message) =>
        code.StartsWith(SecurityPrefix, StringComparison.Ordinal) ? new Neo4jAuthenticationException(code, message)
        : code.StartsWith(TransientPrefix, StringComparison.Ordinal) ? new Neo4jTransientException(code, message)
        : new Neo4jQueryException(code, message);

    private static (string? Code, string? Message) FirstError(JsonElement? body)
    {
        if (body is not { ValueKind: JsonValueKind.Object } root
            || !root.TryGetProperty("errors", out var errors)
            || errors.ValueKind != JsonValueKind.Array
            || errors.GetArrayLength() == 0)
        {
            return (null, null);
        }
        var first = errors[0];
        return (Text(first, "code"), Text(first, "message"));
    }

    private static string? Text(JsonElement error, string name) =>
        error.ValueKind == JsonValueKind.Object && error.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
