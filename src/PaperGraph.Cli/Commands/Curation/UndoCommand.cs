using System.CommandLine;

namespace PaperGraph.Cli.Commands.Curation;

/// <summary><c>papergraph undo [ENTRY]</c>.</summary>
internal static class UndoCommand
{
    public static Command Create(CliContext context)
    {
        var entry = new Argument<long?>("ENTRY")
        {
            Description = "The entry to undo, as 'papergraph curation log' shows it [default: the latest one not undone]",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("undo",
            "Withdraws a curation decision and rebuilds what it touched, restoring the graph as it was before it. The undo is logged with its curator.")
        {
            entry,
        };
        command.SetCurationAction(context, (parse, curation, request, ct) => curation.UndoAsync(parse.GetValue(entry), request, ct));
        return command;
    }
}
