using System.CommandLine;
using Spectre.Console;

namespace PaperGraph.Cli.Commands;

/// <summary>The shape shared by every read-only command: open the existing database or server, run one query,
/// through the query layer of Core (the same one the web app answers with), then print JSON (<c>--json</c>) or a rendering. A null answer means "not found" (exit code 1).</summary>
internal static class QueryAction
{
    public static void SetQueryAction<T>(
        this Command command,
        CliContext context,
        Func<ParseResult, DatabaseSession, CancellationToken, Task<T?>> query,
        Action<IAnsiConsole, T> render,
        Func<ParseResult, string> notFound)
        where T : class
    {
        var json = CommonOptions.Json();
        command.Options.Add(json);
        command.SetGuardedAction(context.Console, async (parse, cancellationToken) =>
        {
            await using var session = await DatabaseSession.OpenExistingAsync(context.Store(parse), cancellationToken);
            var result = await query(parse, session, cancellationToken);
            if (result is null)
            {
                context.Console.WriteError(notFound(parse));
                return ExitCodes.Failure;
            }
            if (parse.GetValue(json))
            {
                JsonOutput.Write(context.Console, result);
            }
            else
            {
                render(context.Console.Stdout, result);
            }
            return ExitCodes.Success;
        });
    }
}
