namespace PaperGraph.Web.Hosting;

/// <summary>Settings of the web explorer, section "PaperGraph" (appsettings.json, environment variables
/// such as <c>PaperGraph__DatabasePath</c>, or <c>--PaperGraph:DatabasePath</c> on the command line).
/// Relative paths are resolved against the repository root, so the CLI and the web app share one database.</summary>
public sealed class PaperGraphWebOptions
{
    public const string SectionName = "PaperGraph";

    /// <summary>The embedded SQLite database file; created when missing.</summary>
    public string DatabasePath { get; set; } = "data/papergraph.db";

    /// <summary>The corpus imported on first start.</summary>
    public string SeedCorpusPath { get; set; } = "import/seed-abstracts.txt";

    /// <summary>Whether an empty database is filled from <see cref="SeedCorpusPath"/> on start.</summary>
    public bool ImportSeedOnFirstStart { get; set; } = true;
}
