using System.CommandLine;

namespace PaperGraph.Cli.Commands.Curation;

/// <summary><c>papergraph rename ENTITY NAME</c>.</summary>
internal static class RenameCommand
{
    public static Command Create(CliContext context)
    {
        var entity = CurationArguments.Entity("ENTITY", "The entity to rename");
        var name = new Argument<string>("NAME") { Description = "Its new canonical name; the old one stays as an alias" };
        var command = new Command("rename", "Gives an entity another canonical name; its key stays, so links to it keep working.")
        {
            entity, name,
        };
        command.SetCurationAction(context, (parse, curation, request, ct) => curation.RenameAsync(parse.GetValue(entity)!, parse.GetValue(name)!, request, ct));
        return command;
    }
}
