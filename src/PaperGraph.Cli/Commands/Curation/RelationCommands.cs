using System.CommandLine;
using PaperGraph.Core.Curation;
using PaperGraph.Core.Model;

namespace PaperGraph.Cli.Commands.Curation;

/// <summary><c>papergraph remove-relation PAPER ENTITY ROLE</c> and <c>papergraph accept-link PAPER ENTITY ROLE</c>: the
/// two edits of one paper's relations, which take the same arguments.</summary>
internal static class RelationCommands
{
    public static Command Remove(CliContext context) => Create(context, "remove-relation",
        "Removes one wrong relation of a paper to an entity (Reports removes the paper's results on it); other papers keep theirs, and re-imports keep it removed.",
        (curation, paper, entity, role, request, ct) => curation.RemoveRelationAsync(paper, entity, role, request, ct));

    public static Command Accept(CliContext context) => Create(context, "accept-link",
        "Adds a relation the extractor missed (an accepted link suggestion): the paper keeps it on later imports.",
        (curation, paper, entity, role, request, ct) => curation.AcceptLinkAsync(paper, entity, role, request, ct));

    private static Command Create(CliContext context, string name, string description,
        Func<CurationService, string, string, RelationType, CurationRequest, CancellationToken, Task<CurationOutcome>> operation)
    {
        var paper = CurationArguments.Paper();
        var entity = CurationArguments.Entity("ENTITY", "The entity at the relation's other end");
        var role = CurationArguments.Role();
        var command = new Command(name, description) { paper, entity, role };
        command.SetCurationAction(context, (parse, curation, request, ct) =>
            operation(curation, parse.GetValue(paper)!, parse.GetValue(entity)!, parse.GetValue(role), request, ct));
        return command;
    }
}
