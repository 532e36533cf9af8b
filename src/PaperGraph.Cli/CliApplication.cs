using System.CommandLine;
using PaperGraph.Cli.Commands;
using PaperGraph.Cli.Commands.Curators;
using PaperGraph.Cli.Commands.Curation;
using PaperGraph.Cli.Commands.Query;
using PaperGraph.Cli.Commands.Suggest;
using PaperGraph.Cli.Stores;

namespace PaperGraph.Cli;

/// <summary>The <c>papergraph</c> command line: builds the command tree, parses, and maps parse errors
/// to exit code 2 (System.CommandLine alone would return 1).</summary>
internal static class CliApplication
{
    /// <param name="environment">Reads an environment variable; the process's when null (tests pass their own).</param>
    public static async Task<int> RunAsync(
        string[] args, CliConsole console, Func<string, string?>? environment = null, CancellationToken cancellationToken = default)
    {
        var root = CreateRootCommand(console, environment ?? Environment.GetEnvironmentVariable);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                console.WriteError(error.Message);
            }
            await console.Error.WriteLineAsync($"Run '{CommandPath(parse)} --help' for usage.");
            return ExitCodes.BadInput;
        }
        var invocation = new InvocationConfiguration { Output = console.Output, Error = console.Error, EnableDefaultExceptionHandler = false };
        return await parse.InvokeAsync(invocation, cancellationToken);
    }

    private static RootCommand CreateRootCommand(CliConsole console, Func<string, string?> environment)
    {
        var storeOptions = new StoreOptions();
        var context = new CliContext(console, storeOptions, environment);
        var root = new RootCommand(
            "PaperGraph: a knowledge graph of machine-learning papers. Import abstracts, extract methods, datasets, " +
            "metrics, tasks and results, and query what reports on what." + Environment.NewLine + Environment.NewLine +
            "  papergraph import import/seed-abstracts.txt" + Environment.NewLine +
            "  papergraph query reports-on ImageNet" + Environment.NewLine +
            "  papergraph merge ImageNet-1K ImageNet --curator ann" + Environment.NewLine +
            "  papergraph stats --store neo4j --neo4j-uri http://localhost:7474 --neo4j-user neo4j" + Environment.NewLine + Environment.NewLine +
            "Exit codes: 0 success, 1 failure or nothing found, 2 bad usage or bad input.");
        foreach (var option in storeOptions.All)
        {
            root.Options.Add(option);
        }
        root.Subcommands.Add(ImportCommand.Create(context));
        root.Subcommands.Add(ExtractCommand.Create(context));
        root.Subcommands.Add(EvalCommand.Create(context));
        root.Subcommands.Add(QueryCommand.Create(context));
        root.Subcommands.Add(StatsCommand.Create(context));
        root.Subcommands.Add(BenchCommand.Create(context));
        root.Subcommands.Add(CypherStatementsCommand.Create(context));
        root.Subcommands.Add(ExportCommand.Create(context));
        root.Subcommands.Add(SyncCommand.Create(context));
        root.Subcommands.Add(CuratorsCommand.Create(context));
        root.Subcommands.Add(MergeCommand.Create(context));
        root.Subcommands.Add(SplitCommand.Create(context));
        root.Subcommands.Add(UndoCommand.Create(context));
        root.Subcommands.Add(RenameCommand.Create(context));
        root.Subcommands.Add(RetypeCommand.Create(context));
        root.Subcommands.Add(NotAnEntityCommand.Create(context));
        root.Subcommands.Add(RelationCommands.Remove(context));
        root.Subcommands.Add(RelationCommands.Accept(context));
        root.Subcommands.Add(MarkVariantCommand.Create(context));
        root.Subcommands.Add(CurationLogCommand.Create(context));
        root.Subcommands.Add(BackupCommand.Create(context));
        root.Subcommands.Add(RestoreCommand.Create(context));
        root.Subcommands.Add(SuggestCommand.Create(context));
        return root;
    }

    private static string CommandPath(ParseResult parse)
    {
        var names = new List<string>();
        for (var result = parse.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Add(result.Command is RootCommand ? "papergraph" : result.Command.Name);
        }
        names.Reverse();
        return string.Join(' ', names);
    }
}
