using System.CommandLine;
using Microsoft.Data.Sqlite;
using PaperGraph.Core.Curators;
using PaperGraph.Core.Evaluation;
using PaperGraph.Sqlite.Maintenance;

namespace PaperGraph.Cli;

/// <summary>Runs a command's action and turns exceptions into one-line errors and exit codes:
/// usage problems, unreadable evaluation input, a file that is not a PaperGraph database and refused curator accounts
/// give 2; SQLite failures (disk full, read-only) are told in words; anything else (an unreachable server too) 1. No stack traces for users.</summary>
internal static class GuardedAction
{
    public static void SetGuardedAction(this Command command, CliConsole console, Func<ParseResult, CancellationToken, Task<int>> action) =>
        command.SetAction(async (parse, cancellationToken) =>
        {
            try
            {
                return await action(parse, cancellationToken);
            }
            catch (Exception e) when (e is CliUsageException or EvaluationInputException or InvalidDataException or CuratorAccountException)
            {
                console.WriteError(e.Message);
                return ExitCodes.BadInput;
            }
            catch (HttpRequestException e)
            {
                // Only the Neo4j store speaks HTTP; the message names the address ("Connection refused (host:port)").
                console.WriteError($"cannot reach the Neo4j server: {e.Message}");
                return ExitCodes.Failure;
            }
            catch (SqliteException e)
            {
                console.WriteError(SqliteFailure.Describe(e));
                return ExitCodes.Failure;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                console.WriteError("cancelled");
                return ExitCodes.Failure;
            }
            catch (Exception e)
            {
                console.WriteError(e.Message);
                return ExitCodes.Failure;
            }
        });
}
