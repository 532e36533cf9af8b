using System.CommandLine;
using PaperGraph.Core.Graph;
using PaperGraph.Neo4j.Export;

namespace PaperGraph.Cli.Commands;

/// <summary><c>papergraph export (--neo4j-csv DIR | --cypher FILE)</c>: the embedded graph in Neo4j's model, as files for
/// neo4j-admin (the fastest load of a new database) or as a cypher-shell script.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var csv = new Option<string?>("--neo4j-csv")
        {
            Description = "Write node and relationship CSV files for 'neo4j-admin database import full' into DIR and print the command",
            HelpName = "DIR",
        };
        var cypher = new Option<string?>("--cypher") { Description = "Write a cypher-shell script that recreates the graph in an empty database", HelpName = "FILE" };
        var command = new Command("export",
            "Export the database in the Neo4j store's graph model: CSV files for neo4j-admin (millions of papers into a new " +
            "database) or a Cypher script for cypher-shell. Progress goes to stderr.")
        {
            csv, cypher,
        };
        command.Validators.Add(result =>
        {
            if ((result.GetValue(csv) is null) == (result.GetValue(cypher) is null))
            {
                result.AddError("Give exactly one of --neo4j-csv DIR and --cypher FILE.");
            }
        });
        command.SetGuardedAction(context.Console, async (parse, cancellationToken) =>
        {
            await using var session = await DatabaseSession.OpenExistingAsync(context.Sqlite(parse), cancellationToken);
            var records = session.Get<IPaperRecordSource>().ReadAllAsync(cancellationToken: cancellationToken);
            var progress = PaperProgress.Reporter(context.Console, "exported");
            if (parse.GetValue(csv) is { } directory)
            {
                var files = await new Neo4jAdminCsvWriter().WriteAsync(records, Path.GetFullPath(directory), progress, cancellationToken);
                await context.Console.Output.WriteAsync(AdminImportInstructions.For(files));
            }
            else
            {
                var path = Path.GetFullPath(parse.GetValue(cypher)!);
                int papers;
                await using (var script = new StreamWriter(path))
                {
                    papers = await new CypherScriptWriter().WriteAsync(records, script, progress, cancellationToken);
                }
                await context.Console.Output.WriteLineAsync(
                    $"Wrote {papers:N0} papers to {path}. Load it into an empty database with: cypher-shell -a URI -u USER -p PASSWORD -f {path}");
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
