using System.CommandLine;

namespace PaperGraph.Cli.Commands.Curation;

/// <summary><c>papergraph not-an-entity ENTITY</c>.</summary>
internal static class NotAnEntityCommand
{
    public static Command Create(CliContext context)
    {
        var entity = CurationArguments.Entity("ENTITY", "What was wrongly extracted");
        var command = new Command("not-an-entity",
            "Marks an extracted name as no entity at all (the false dataset \"ID\"): it, its mentions and its results disappear, and stay gone on later imports.")
        {
            entity,
        };
        command.SetCurationAction(context, (parse, curation, request, ct) => curation.MarkNotAnEntityAsync(parse.GetValue(entity)!, request, ct));
        return command;
    }
}
