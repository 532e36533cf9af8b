using System.CommandLine;

namespace PaperGraph.Cli.Commands.Query;

/// <summary><c>papergraph query ...</c>: the read-only questions.</summary>
internal static class QueryCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("query", "Ask the graph: who reports on a dataset, a paper, an entity, full-text search, the method-by-dataset matrix, the methods on a dataset and the datasets of a method, citations and related papers.");
        command.Subcommands.Add(ReportsOnCommand.Create(context));
        command.Subcommands.Add(PaperCommand.Create(context));
        command.Subcommands.Add(EntityCommand.Create(context));
        command.Subcommands.Add(SearchCommand.Create(context));
        command.Subcommands.Add(MatrixCommand.Create(context));
        command.Subcommands.Add(CitationsCommand.Create(context));
        command.Subcommands.Add(RelatedCommand.Create(context));
        command.Subcommands.Add(EvaluationPartnersCommand.MethodsOn(context));
        command.Subcommands.Add(EvaluationPartnersCommand.DatasetsOf(context));
        return command;
    }
}
