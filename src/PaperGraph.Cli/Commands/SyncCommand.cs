using System.CommandLine;
using PaperGraph.Core.Graph;
using PaperGraph.Neo4j;
using Spectre.Console;

namespace PaperGraph.Cli.Commands;

/// <summary><c>papergraph sync --to neo4j --neo4j-uri URI ...</c>: copies the embedded graph (<c>--db</c>) into Neo4j
/// (the global <c>--neo4j-*</c> options or their environment variables) through the Neo4j store's own upsert.</summary>
internal static class SyncCommand
{
    private const int DefaultPapersPerBatch = 1000;

    public static Command Create(CliContext context)
    {
        var target = new Option<string>("--to") { Description = "The store to copy into", HelpName = "STORE", Required = true };
        target.AcceptOnlyFromAmong("neo4j");
        var batchSize = CommonOptions.PositiveInt("--batch-size", DefaultPapersPerBatch, "Papers per upsert transaction");
        var command = new Command("sync",
            "Copy every paper of the database into another store (a paper already there is updated), then recompute BUILDS_ON " +
            "there. Progress goes to stderr.")
        {
            target, batchSize,
        };
        command.SetGuardedAction(context.Console, async (parse, cancellationToken) =>
        {
            var neo4jOptions = new Neo4jStoreOptions();
            context.Neo4j(parse).Configure(neo4jOptions);
            await using var session = await DatabaseSession.OpenExistingAsync(context.Sqlite(parse), cancellationToken);
            using var neo4j = new Neo4jGraphStore(neo4jOptions);
            var summary = await StoreCopy.CopyAsync(session.Get<IPaperRecordSource>(), neo4j, parse.GetValue(batchSize),
                PaperProgress.Reporter(context.Console, "copied"), cancellationToken);
            Render(context.Console.Stdout, summary);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Render(IAnsiConsole console, UpsertSummary summary)
    {
        var grid = new Grid().AddColumn().AddColumn(new GridColumn().RightAligned());
        grid.AddTextRow("Papers added", summary.PapersAdded.ToString("N0"));
        grid.AddTextRow("Papers updated", summary.PapersUpdated.ToString("N0"));
        grid.AddTextRow("Entities added", summary.EntitiesAdded.ToString("N0"));
        grid.AddTextRow("Relations written", summary.RelationsWritten.ToString("N0"));
        console.Write(grid);
    }
}
