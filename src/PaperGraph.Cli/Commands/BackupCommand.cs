using System.CommandLine;
using PaperGraph.Sqlite.Maintenance;

namespace PaperGraph.Cli.Commands;

/// <summary><c>papergraph backup FILE [--force]</c>: a consistent copy of the --db file, safe while the web app serves it.</summary>
internal static class BackupCommand
{
    public static Command Create(CliContext context) => DatabaseFileCommand.Create(context, "backup",
        "Copy the SQLite database (--db) to FILE with SQLite's online backup API: one consistent snapshot, taken while " +
        "the web app or an import goes on using the database. The copy is checked before it is given its name.",
        "Where to write the backup (a SQLite file)",
        "Replace FILE when it exists",
        (database, file, force, cancellationToken) => DatabaseBackup.BackupAsync(database, file, force, cancellationToken),
        (database, file) => $"backup: {database} copied to {file} ({new FileInfo(file).Length:N0} bytes)");
}
