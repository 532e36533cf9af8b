using System.CommandLine;
using System.Diagnostics;
using PaperGraph.Core.Curation;

namespace PaperGraph.Cli.Commands.Curation;

/// <summary>The shape shared by every curation command: open the existing store, run one <see cref="CurationService"/>
/// operation as the curator (<c>--curator</c>, else the OS user, who holds the database file), and print what it did or
/// its audit entry as JSON. Rebuilding the touched papers shows progress on standard error, which always gets a closing
/// line with the count and time. A request that cannot be carried out (unknown or ambiguous entity) exits 2 listing what the
/// name could mean; a conflict with another curator exits 1 showing the current state.</summary>
internal static class CurationAction
{
    public static void SetCurationAction(
        this Command command,
        CliContext context,
        Func<ParseResult, CurationService, CurationRequest, CancellationToken, Task<CurationOutcome>> operation)
    {
        var curator = new Option<string?>("--curator")
        {
            Description = "Who makes the change, as the audit log names them [default: the OS user]",
            HelpName = "NAME",
        };
        var note = new Option<string?>("--note") { Description = "Why, kept in the audit log", HelpName = "TEXT" };
        var json = CommonOptions.Json();
        command.Options.Add(curator);
        command.Options.Add(note);
        command.Options.Add(json);
        command.SetGuardedAction(context.Console, async (parse, cancellationToken) =>
        {
            await using var session = await DatabaseSession.OpenExistingAsync(context.Store(parse), cancellationToken);
            var request = new CurationRequest(parse.GetValue(curator) ?? Environment.UserName, parse.GetValue(note));
            CurationOutcome outcome;
            var clock = Stopwatch.StartNew();
            try
            {
                outcome = await StageProgressDisplay.RunAsync(context.Console,
                    progress => operation(parse, session.Get<CurationService>(), request with { Progress = progress }, cancellationToken),
                    (CurationProgress p) => (p.Stage, p.Done, p.Total));
            }
            catch (CurationRequestException e)
            {
                context.Console.WriteError(e.Message);
                return ExitCodes.BadInput;
            }
            catch (CurationConflictException e)
            {
                context.Console.WriteError(e.Message);
                return ExitCodes.Failure;
            }
            await context.Console.Error.WriteLineAsync($"curation: {outcome.PapersRebuilt:N0} papers rebuilt in {clock.Elapsed.TotalSeconds:0.00} s");
            if (parse.GetValue(json))
            {
                JsonOutput.Write(context.Console, outcome);
            }
            else
            {
                Report(context.Console, outcome, clock.Elapsed);
            }
            return ExitCodes.Success;
        });
    }

    private static void Report(CliConsole console, CurationOutcome outcome, TimeSpan took)
    {
        var entry = outcome.Entry;
        var what = entry.Undone is { } undo
            ? $"Undid entry {entry.Id} ({CurationRuleText.Describe(entry.Rule)}) as {undo.Curator}"
            : $"Entry {entry.Id}: {CurationRuleText.Describe(entry.Rule)}, by {entry.Curator}";
        console.Output.WriteLine(
            $"{what}; {outcome.PapersRebuilt:N0} papers rebuilt, {outcome.EntitiesRemoved:N0} entities removed in {took.TotalSeconds:0.00} s.");
    }
}
