using System.CommandLine;
using PaperGraph.Sqlite.Maintenance;

namespace PaperGraph.Cli.Commands;

/// <summary><c>papergraph backup FILE [--force]</c>: a consistent copy of the --db file, safe while the web app serves it.</summary>
internal static class BackupCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "Where to write the backup (a SQLite file)" };
        var force = new Option<bool>("--force") { Description = "Replace FILE when it exists" };
        var command = new Command("backup",
            "Copy the SQLite database (--db) to FILE with SQLite's online backup API: one consistent snapshot, taken while " +
            "the web app or an import goes on using the database. The copy is checked before it is given its name.")
        {
            file, force,
        };
        command.SetGuardedAction(context.Console, async (parse, cancellationToken) =>
        {
            var database = context.Sqlite(parse).DatabasePath;
            var destination = parse.GetValue(file)!;
            await DatabaseBackup.BackupAsync(database, destination, parse.GetValue(force), cancellationToken);
            await context.Console.Error.WriteLineAsync($"backup: {database} copied to {destination} ({new FileInfo(destination).Length:N0} bytes)");
            return ExitCodes.Success;
        });
        return command;
    }
}
