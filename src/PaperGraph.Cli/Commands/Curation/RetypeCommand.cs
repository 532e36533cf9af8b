using System.CommandLine;
using PaperGraph.Core.Model;

namespace PaperGraph.Cli.Commands.Curation;

/// <summary><c>papergraph retype ENTITY TYPE</c>.</summary>
internal static class RetypeCommand
{
    public static Command Create(CliContext context)
    {
        var entity = CurationArguments.Entity("ENTITY", "The entity to retype");
        var type = new Argument<EntityType>("TYPE") { Description = "Method, Dataset, Metric or Task" };
        var command = new Command("retype",
            "Changes an entity's type (a \"method\" that is a dataset). Its key becomes its name under the new type and its " +
            "relations take that type's roles; results on a former dataset are dropped.")
        {
            entity, type,
        };
        command.SetCurationAction(context, (parse, curation, request, ct) => curation.RetypeAsync(parse.GetValue(entity)!, parse.GetValue(type), request, ct));
        return command;
    }
}
