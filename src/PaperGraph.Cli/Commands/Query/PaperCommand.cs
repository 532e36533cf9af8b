using System.CommandLine;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Queries;
using Spectre.Console;

namespace PaperGraph.Cli.Commands.Query;

/// <summary><c>papergraph query paper ID-or-title [--json]</c>.</summary>
internal static class PaperCommand
{
    public static Command Create(CliContext context)
    {
        var idOrTitle = new Argument<string>("ID-or-title")
        {
            Description = "A paper id (doi:..., arxiv:..., title:...), its exact title, or words of the title (best match)",
        };
        var command = new Command("paper", "One paper: metadata, entities by role, results with their sentences, and the papers it builds on and that build on it.")
        {
            idOrTitle,
        };
        command.SetQueryAction(context,
            (parse, queries, ct) => queries.Get<PaperLookup>().FindAsync(parse.GetValue(idOrTitle)!, ct),
            Render,
            parse => $"no paper matches \"{parse.GetValue(idOrTitle)}\"");
        return command;
    }

    private static void Render(IAnsiConsole console, PaperDetails details)
    {
        var paper = details.Paper;
        console.Write(new Text(paper.Title + Environment.NewLine, new Style(decoration: Decoration.Bold)));
        var facts = new Grid().AddColumn().AddColumn();
        facts.AddFact("Id", paper.Id);
        facts.AddFact("Year", paper.Year?.ToString());
        facts.AddFact("Venue", paper.Venue);
        facts.AddFact("Authors", paper.Authors is null ? null : TableText.Join(paper.Authors));
        facts.AddFact("Url", paper.Url);
        console.Write(facts);
        console.Write(new Text(Environment.NewLine + paper.Abstract + Environment.NewLine + Environment.NewLine));

        var entities = new Table().Title("Entities").AddColumns("Role", "Type", "Name");
        foreach (var link in details.Entities.OrderBy(e => e.Role).ThenBy(e => e.Entity.Type))
        {
            entities.AddTextRow(link.Role.ToString(), link.Entity.Type.ToString(), link.Entity.Name);
        }
        console.Write(entities);

        if (details.Results.Count > 0)
        {
            var results = new Table().Title("Results").AddColumns("Dataset", "Metric", "Value", "Condition", "Sentence");
            foreach (var r in details.Results)
            {
                results.AddTextRow(r.Dataset.Name, r.Metric, r.ValueText, r.Context.Condition ?? "", r.Sentence);
            }
            console.Write(results);
        }
        WritePapers(console, "Builds on", details.BuildsOn);
        WritePapers(console, "Built on by", details.BuiltOnBy);
    }

    private static void WritePapers(IAnsiConsole console, string heading, IReadOnlyList<PaperSummary> papers)
    {
        if (papers.Count == 0)
        {
            return;
        }
        var table = new Table().Title(heading).AddColumns("Paper", "Id");
        foreach (var p in papers)
        {
            table.AddTextRow(TableText.TitleWithYear(p), p.Id);
        }
        console.Write(table);
    }
}
