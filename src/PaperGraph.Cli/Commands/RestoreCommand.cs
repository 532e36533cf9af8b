using System.CommandLine;
using PaperGraph.Sqlite.Maintenance;

namespace PaperGraph.Cli.Commands;

/// <summary><c>papergraph restore FILE [--force]</c>: replaces the --db file with a backup, after checking the backup.</summary>
internal static class RestoreCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "A backup made by papergraph backup" };
        var force = new Option<bool>("--force") { Description = "Replace the database when it exists (it is never replaced silently)" };
        var command = new Command("restore",
            "Restore the SQLite database (--db) from FILE. FILE must be a sound PaperGraph database (integrity check, " +
            "PaperGraph tables, a schema this version knows); an existing database is replaced only with --force.")
        {
            file, force,
        };
        command.SetGuardedAction(context.Console, async (parse, cancellationToken) =>
        {
            var database = context.Sqlite(parse).DatabasePath;
            var backup = parse.GetValue(file)!;
            await DatabaseBackup.RestoreAsync(backup, database, parse.GetValue(force), cancellationToken);
            await context.Console.Error.WriteLineAsync($"restore: {database} restored from {backup}");
            return ExitCodes.Success;
        });
        return command;
    }
}
