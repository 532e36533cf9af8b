using System.CommandLine;
using PaperGraph.Core.Graph;
using PaperGraph.Neo4j;
using Spectre.Console;

namespace PaperGraph.Cli.Commands;

/// <summary><c>papergraph sync --to neo4j --neo4j-uri URI ...</c>: copies the embedded graph into Neo4j through the Neo4j
/// store's own upsert. The connection options are the command's own until the CLI has shared Neo4j options.</summary>
internal static class SyncCommand
{
    private const int DefaultPapersPerBatch = 1000;

    public static Command Create(CliContext context)
    {
        var target = new Option<string>("--to") { Description = "The store to copy into", HelpName = "STORE", Required = true };
        target.AcceptOnlyFromAmong("neo4j");
        var uri = new Option<Uri>("--neo4j-uri") { Description = "The Neo4j server's HTTP address, e.g. http://localhost:7474", HelpName = "URI", Required = true };
        var user = new Option<string?>("--neo4j-user") { Description = "User for Basic authentication", HelpName = "USER" };
        var password = new Option<string?>("--neo4j-password") { Description = "Password for Basic authentication", HelpName = "PASSWORD" };
        var database = new Option<string>("--neo4j-database") { Description = "The database to write", HelpName = "NAME", DefaultValueFactory = _ => "neo4j" };
        var batchSize = CommonOptions.PositiveInt("--batch-size", DefaultPapersPerBatch, "Papers per upsert transaction");
        var command = new Command("sync",
            "Copy every paper of the database into another store (a paper already there is updated), then recompute BUILDS_ON " +
            "there. Progress goes to stderr.")
        {
            target, uri, user, password, database, batchSize,
        };
        command.SetGuardedAction(context.Console, async (parse, cancellationToken) =>
        {
            await using var session = await DatabaseSession.OpenExistingAsync(context.DatabasePath(parse), cancellationToken);
            using var neo4j = new Neo4jGraphStore(new Neo4jStoreOptions
            {
                Uri = parse.GetValue(uri),
                User = parse.GetValue(user),
                Password = parse.GetValue(password),
                Database = parse.GetValue(database)!,
            });
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
