namespace PaperGraph.Sqlite;

/// <summary>Where the embedded store keeps its single database file.</summary>
public sealed class SqliteGraphStoreOptions
{
    /// <summary>Path of the database file; its folder is created when missing.</summary>
    public string DatabasePath { get; set; } = "data/papergraph.db";
}
