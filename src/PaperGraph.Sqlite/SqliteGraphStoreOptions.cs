namespace PaperGraph.Sqlite;

/// <summary>Where the embedded store keeps its single database file.</summary>
public sealed class SqliteGraphStoreOptions
{
    /// <summary>Path of the database file; its folder is created when missing.</summary>
    public string DatabasePath { get; set; } = "data/papergraph.db";

    /// <summary>Largest size the database may grow to, in pages (PRAGMA max_page_count); null for SQLite's own limit.
    /// A write past it fails as a full disk would, and rolls back its batch.</summary>
    public int? MaxPageCount { get; set; }
}
