using PaperGraph.Core.Graph;

namespace PaperGraph.Web.Hosting;

/// <summary>Settings of the web explorer, section "PaperGraph" (appsettings.json, environment variables
/// such as <c>PaperGraph__DatabasePath</c>, or <c>--PaperGraph:DatabasePath</c> on the command line).
/// Relative paths are resolved against the repository root, so the CLI and the web app share one database.</summary>
public sealed class PaperGraphWebOptions
{
    public const string SectionName = "PaperGraph";

    /// <summary>The section bound to <see cref="PaperGraph.Neo4j.Neo4jStoreOptions"/> (<c>Uri</c>, <c>User</c>,
    /// <c>Password</c>, <c>Database</c>, <c>Token</c>, ...), used when <see cref="Store"/> is Neo4j.</summary>
    public const string Neo4jSectionName = SectionName + ":Neo4j";

    /// <summary>Where the graph lives: <c>sqlite</c> (the file at <see cref="DatabasePath"/>) or <c>neo4j</c>
    /// (the server of section <see cref="Neo4jSectionName"/>).</summary>
    public GraphStoreKind Store { get; set; } = GraphStoreKind.Sqlite;

    /// <summary>The embedded SQLite database file; created when missing.</summary>
    public string DatabasePath { get; set; } = "data/papergraph.db";

    /// <summary>The corpus imported on first start.</summary>
    public string SeedCorpusPath { get; set; } = "import/seed-abstracts.txt";

    /// <summary>Whether an empty store is filled from <see cref="SeedCorpusPath"/> on start.</summary>
    public bool ImportSeedOnFirstStart { get; set; } = true;
}
