namespace PaperGraph.Web.Hardening;

/// <summary>Rate limit of the JSON API (<c>/api</c>), per client address; section <c>PaperGraph:RateLimit</c>.
/// Pages are not limited here: their work runs on Blazor circuits, whose messages SignalR bounds.</summary>
public sealed class ApiRateLimitOptions
{
    public const string SectionName = "PaperGraph:RateLimit";

    /// <summary>Whether the API is limited at all (off for a load test that measures the server, not the limit).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Requests a client address may make per <see cref="Window"/>.</summary>
    public int PermitLimit { get; set; } = 300;

    /// <summary>The fixed window the permits are counted in.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(10);
}
