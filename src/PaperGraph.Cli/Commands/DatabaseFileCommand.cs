using System.CommandLine;

namespace PaperGraph.Cli.Commands;

/// <summary>The shape <c>backup</c> and <c>restore</c> share: <c>COMMAND FILE [--force]</c> copying between the --db
/// database and FILE, with a closing line on stderr.</summary>
internal static class DatabaseFileCommand
{
    /// <param name="copy">Copies between the database (first) and FILE (second); true overwrites.</param>
    /// <param name="done">The closing line, from the database and FILE.</param>
    public static Command Create(CliContext context, string name, string description, string fileDescription, string forceDescription,
        Func<string, string, bool, CancellationToken, Task> copy, Func<string, string, string> done)
    {
        var file = new Argument<string>("FILE") { Description = fileDescription };
        var force = new Option<bool>("--force") { Description = forceDescription };
        var command = new Command(name, description) { file, force };
        command.SetGuardedAction(context.Console, async (parse, cancellationToken) =>
        {
            var database = context.Sqlite(parse).DatabasePath;
            var path = parse.GetValue(file)!;
            await copy(database, path, parse.GetValue(force), cancellationToken);
            await context.Console.Error.WriteLineAsync(done(database, path));
            return ExitCodes.Success;
        });
        return command;
    }
}
