using System.CommandLine;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;
using PaperGraph.Core.Queries;
using Spectre.Console;

namespace PaperGraph.Cli.Commands.Query;

/// <summary><c>papergraph query entity NAME [--type T] [--limit N] [--json]</c>.</summary>
internal static class EntityCommand
{
    public static Command Create(CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "Entity name, alias or key (\"CSPNet\", \"Cross Stage Partial Network\", \"dataset:coco\")" };
        var type = new Option<EntityType?>("--type", "-t") { Description = "Only this entity type: Method, Dataset, Metric or Task [default: any, datasets first]", HelpName = "TYPE" };
        var limit = CommonOptions.Limit(50, "Papers listed (all are counted)");
        var command = new Command("entity",
            "One method, dataset, metric or task, found by any of its names: canonical name, aliases, parent and " +
            "variants, the papers related to it and how, and the entities it most often appears with.")
        {
            name, type, limit,
        };
        command.SetQueryAction(context,
            (parse, queries, ct) => queries.Get<EntityLookup>().FindAsync(parse.GetValue(name)!, parse.GetValue(type), parse.GetValue(limit), ct),
            Render,
            parse => $"no entity named \"{parse.GetValue(name)}\"");
        return command;
    }

    private static void Render(IAnsiConsole console, EntityDetails details)
    {
        console.Write(new Text($"{details.Entity.Name} ({details.Entity.Type}){Environment.NewLine}", new Style(decoration: Decoration.Bold)));
        var facts = new Grid().AddColumn().AddColumn();
        facts.AddFact("Key", details.Entity.Key);
        facts.AddFact("Also called", TableText.Join(details.Aliases));
        facts.AddFact("Variant of", details.Parent?.Name);
        facts.AddFact("Variants", TableText.Join(details.Variants.Select(v => v.Name)));
        facts.AddFact("Papers", details.TotalPapers.ToString("N0"));
        console.Write(facts);

        var byPaper = details.Papers.GroupBy(link => link.Paper.Id).ToList();
        var papers = new Table().Title($"Papers ({byPaper.Count:N0} of {details.TotalPapers:N0})").AddColumns("Paper", "Relations");
        foreach (var links in byPaper)
        {
            papers.AddTextRow(TableText.TitleWithYear(links.First().Paper), TableText.Join(links.Select(l => l.Role.ToString()).Distinct()));
        }
        console.Write(papers);

        if (details.CoOccurring.Count > 0)
        {
            var related = new Table().Title("Appears with").AddColumns("Entity", "Type", "Papers");
            foreach (var count in details.CoOccurring)
            {
                related.AddTextRow(count.Entity.Name, count.Entity.Type.ToString(), count.Papers.ToString("N0"));
            }
            console.Write(related);
        }
    }
}
