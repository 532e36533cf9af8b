using System.CommandLine;

namespace PaperGraph.Cli.Commands.Curation;

/// <summary><c>papergraph merge FROM INTO</c>.</summary>
internal static class MergeCommand
{
    public static Command Create(CliContext context)
    {
        var from = CurationArguments.Entity("FROM", "The entity that goes");
        var into = CurationArguments.Entity("INTO", "The entity that stays");
        var command = new Command("merge",
            "Merges FROM into INTO: INTO keeps its key and name, FROM's names become its aliases and every relation moves to it. " +
            "The decision is kept as a rule, so re-imports and new papers are merged the same way; 'papergraph undo' or " +
            "'papergraph split ENTRY' takes it back.")
        {
            from, into,
        };
        command.SetCurationAction(context, (parse, curation, request, ct) => curation.MergeAsync(parse.GetValue(from)!, parse.GetValue(into)!, request, ct));
        return command;
    }
}
