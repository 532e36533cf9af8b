using System.CommandLine;
using PaperGraph.Neo4j;

namespace PaperGraph.Cli.Commands;

/// <summary><c>papergraph cypher-statements</c>: every Cypher statement the Neo4j store can send, for linting.</summary>
internal static class CypherStatementsCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("cypher-statements",
            "Needs no database or server. Prints every Cypher statement the Neo4j store can send, as a JSON array of " +
            "{name, statement, parameters} with sample parameters; tools/cypher-lint checks them with Neo4j's own " +
            "Cypher front end (node tools/cypher-lint/lint.mjs FILE).");
        command.SetGuardedAction(context.Console, async (_, _) =>
        {
            await context.Console.Output.WriteLineAsync(Neo4jStatementCatalog.ToJson());
            return ExitCodes.Success;
        });
        return command;
    }
}
