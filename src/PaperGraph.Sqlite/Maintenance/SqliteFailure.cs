using Microsoft.Data.Sqlite;

namespace PaperGraph.Sqlite.Maintenance;

/// <summary>A SQLite failure in words a user can act on. A failed write never leaves a half-written batch: each batch
/// is one transaction, which SQLite rolls back on these errors.</summary>
public static class SqliteFailure
{
    // Primary result codes, https://sqlite.org/rescode.html
    private const int Busy = 5;
    private const int ReadOnly = 8;
    private const int Corrupt = 11;
    private const int Full = 13;
    private const int CantOpen = 14;
    private const int NotADatabase = 26;

    public static string Describe(SqliteException exception) => (exception.SqliteErrorCode & 0xFF) switch
    {
        Full => "the disk is full (or the database reached its size limit); the failed batch was rolled back and the database is as it was before it",
        ReadOnly => "the database file (or its folder) is read-only; nothing was written",
        Busy => "the database is locked by another process for longer than the busy timeout; try again",
        CantOpen => "the database file cannot be opened (missing folder or no permission)",
        Corrupt => "the database file is damaged; restore a backup (papergraph restore FILE)",
        NotADatabase => "the file is not a SQLite database",
        _ => exception.Message,
    };
}
