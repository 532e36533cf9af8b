namespace PaperGraph.Web.E2ETests;

/// <summary>The system Chromium the browser tests drive (Debian's package; Playwright's own browser builds
/// are never downloaded), and the flags it needs to run headless in a container.</summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static IReadOnlyList<string> Arguments { get; } =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    public static bool IsInstalled => File.Exists(ExecutablePath);

    /// <summary>In CI (CI=true) browser tests must run, so a missing browser is a failure there.</summary>
    public static bool IsRequired =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
