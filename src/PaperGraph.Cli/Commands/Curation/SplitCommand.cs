using System.CommandLine;

namespace PaperGraph.Cli.Commands.Curation;

/// <summary><c>papergraph split ENTRY</c>.</summary>
internal static class SplitCommand
{
    public static Command Create(CliContext context)
    {
        var entry = CurationArguments.Entry("The merge's entry id, as 'papergraph curation log' shows it");
        var command = new Command("split",
            "Takes one particular merge back, however long ago it was made: the merged entity returns with its names and relations; later decisions stay.")
        {
            entry,
        };
        command.SetCurationAction(context, (parse, curation, request, ct) => curation.SplitAsync(parse.GetValue(entry), request, ct));
        return command;
    }
}
