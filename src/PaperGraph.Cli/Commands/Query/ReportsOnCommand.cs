using System.CommandLine;
using PaperGraph.Core.Graph.Queries;
using Spectre.Console;

namespace PaperGraph.Cli.Commands.Query;

/// <summary><c>papergraph query reports-on NAME [--limit N] [--offset K] [--json]</c>.</summary>
internal static class ReportsOnCommand
{
    public static Command Create(CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "Dataset name or alias (\"ImageNet\", \"MS COCO\", \"CIFAR-10\")" };
        var limit = CommonOptions.Limit(50, "Papers per page");
        var offset = new Option<int>("--offset") { Description = "Papers to skip (for the next page)", HelpName = "K" };
        offset.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 0)
            {
                r.AddError("--offset must not be negative.");
            }
        });
        var command = new Command("reports-on",
            "Papers reporting results on a dataset, its aliases and variants included (ImageNet covers ImageNet-1K), " +
            "best first, each with its results ranked per metric (lower is better for errors), and the total count.")
        {
            name, limit, offset,
        };
        command.SetQueryAction(context,
            (parse, store, ct) => store.GetReportsOnAsync(new ReportsOnQuery(parse.GetValue(name)!, parse.GetValue(limit), parse.GetValue(offset)), ct),
            Render,
            parse => $"no dataset named \"{parse.GetValue(name)}\"");
        return command;
    }

    private static void Render(IAnsiConsole console, ReportsOnPage page)
    {
        var variants = page.Variants.Count > 0 ? $" (with {TableText.Join(page.Variants.Select(v => v.Name))})" : "";
        var reporting = page.TotalPapers == 1 ? "1 paper reports" : $"{page.TotalPapers:N0} papers report";
        console.Write(new Text($"{page.Dataset.Name}{variants}: {reporting} results; showing {page.Papers.Count:N0}.", new Style(decoration: Decoration.Bold)));
        console.WriteLine();
        if (page.Papers.Count == 0)
        {
            return;
        }
        var table = new Table().AddColumns("Paper", "Dataset", "Metric", "Value", "Rank").Caption("↓ lower is better; rank among all papers on that dataset and metric");
        foreach (var paper in page.Papers)
        {
            var first = true;
            foreach (var result in paper.Results.OrderBy(r => r.Metric, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Rank))
            {
                table.AddTextRow(
                    first ? TableText.TitleWithYear(paper.Paper) : "",
                    result.Dataset.Name,
                    result.Metric + (result.LowerIsBetter ? " ↓" : ""),
                    TableText.ValueWithUnit(result.Value, result.Unit),
                    $"#{result.Rank}");
                first = false;
            }
        }
        console.Write(table);
    }
}
