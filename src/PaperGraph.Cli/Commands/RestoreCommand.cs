using System.CommandLine;
using PaperGraph.Sqlite.Maintenance;

namespace PaperGraph.Cli.Commands;

/// <summary><c>papergraph restore FILE [--force]</c>: replaces the --db file with a backup, after checking the backup.</summary>
internal static class RestoreCommand
{
    public static Command Create(CliContext context) => DatabaseFileCommand.Create(context, "restore",
        "Restore the SQLite database (--db) from FILE. FILE must be a sound PaperGraph database (integrity check, " +
        "PaperGraph tables, a schema this version knows); an existing database is replaced only with --force.",
        "A backup made by papergraph backup",
        "Replace the database when it exists (it is never replaced silently)",
        (database, file, force, cancellationToken) => DatabaseBackup.RestoreAsync(file, database, force, cancellationToken),
        (database, file) => $"restore: {database} restored from {file}");
}
