using Microsoft.Data.Sqlite;
using PaperGraph.Sqlite.Schema;

namespace PaperGraph.Sqlite.Maintenance;

/// <summary>Whether a file is a sound PaperGraph database this build can open: SQLite, intact (PRAGMA integrity_check),
/// with PaperGraph's tables and a schema version no newer than this build's migrations.</summary>
public static class DatabaseCheck
{
    private static readonly string[] RequiredTables = ["papers", "entities"];

    /// <summary>Null when the file is a sound PaperGraph database, else why it is not.</summary>
    public static async Task<string?> ProblemAsync(string path, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path))
        {
            return $"{path} does not exist";
        }
        try
        {
            await using var connection = new SqliteConnection(ReadOnly(path));
            await connection.OpenAsync(cancellationToken);
            var integrity = await connection.Command("PRAGMA integrity_check;").SingleOrDefaultAsync(r => r.GetString(0), cancellationToken);
            if (integrity != "ok")
            {
                return $"{path} is damaged (integrity check: {integrity})";
            }
            foreach (var table in RequiredTables)
            {
                var found = await connection.Command("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $name", ("$name", table))
                    .LongAsync(cancellationToken);
                if (found == 0)
                {
                    return $"{path} is a SQLite database but not a PaperGraph one (no '{table}' table)";
                }
            }
            var version = await SchemaMigrator.CurrentVersionAsync(connection, cancellationToken);
            var newest = SchemaMigrator.Migrations[^1].Version;
            return version > newest ? $"{path} has schema version {version}, newer than this papergraph's {newest}; update papergraph" : null;
        }
        catch (SqliteException e)
        {
            return $"{path} is not a readable SQLite database ({SqliteFailure.Describe(e)})";
        }
    }

    internal static string ReadOnly(string path) =>
        new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(path), Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
}
