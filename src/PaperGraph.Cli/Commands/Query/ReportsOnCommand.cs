using System.CommandLine;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Queries;
using Spectre.Console;

namespace PaperGraph.Cli.Commands.Query;

/// <summary><c>papergraph query reports-on NAME [--limit N] [--offset K] [--json]</c>.</summary>
internal static class ReportsOnCommand
{
    public static Command Create(CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "Dataset name or alias (\"ImageNet\", \"ILSVRC\", \"MS COCO\", \"CIFAR-10\")" };
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
            "Every paper evaluated on a dataset, its aliases and variants included (ImageNet covers ImageNet-1K). " +
            "Papers that report numbers come first, best first, each result ranked among the results on the same " +
            "dataset, setting and metric (lower is better for errors; cost figures such as GPU days are listed but " +
            "never ranked); then the papers evaluated on it whose abstract gives no number, newest first. " +
            "Prints the totals of both groups.")
        {
            name, limit, offset,
        };
        command.SetQueryAction(context,
            (parse, queries, ct) => queries.Get<ReportsOnService>().GetAsync(
                new ReportsOnQuery(parse.GetValue(name)!, parse.GetValue(limit), parse.GetValue(offset)), ct),
            Render,
            parse => $"no dataset named \"{parse.GetValue(name)}\"");
        return command;
    }

    private static void Render(IAnsiConsole console, ReportsOnPage page)
    {
        var variants = page.Variants.Count > 0 ? $" (with {TableText.Join(page.Variants.Select(v => v.Name))})" : "";
        var evaluated = page.TotalPapers == 1 ? "1 paper is evaluated on it" : $"{page.TotalPapers:N0} papers are evaluated on it";
        console.Write(new Text(
            $"{page.Dataset.Name}{variants}: {evaluated}, {page.PapersWithResults:N0} with numbers and {page.PapersWithoutResults:N0} without; showing {page.Papers.Count:N0}.",
            new Style(decoration: Decoration.Bold)));
        console.WriteLine();
        var withResults = page.Papers.Where(paper => paper.Results.Count > 0).ToList();
        if (withResults.Count > 0)
        {
            var table = new Table().AddColumns("Paper", "Dataset", "Metric", "Value", "Condition", "Rank")
                .Caption("↓ lower is better; rank among all results on that dataset, setting and metric; costs are not ranked");
            foreach (var paper in withResults)
            {
                var first = true;
                foreach (var result in paper.Results)
                {
                    var dataset = result.Context.Setting is { } setting ? $"{result.Dataset.Name} ({setting})" : result.Dataset.Name;
                    table.AddTextRow(
                        first ? TableText.TitleWithYear(paper.Paper) : "",
                        dataset,
                        result.Metric + (result.LowerIsBetter ? " ↓" : ""),
                        result.ValueText,
                        result.Context.Condition ?? "",
                        result.Context.IsCost ? "cost" : $"#{result.Rank}");
                    first = false;
                }
            }
            console.Write(table);
        }
        var withoutResults = page.Papers.Where(paper => paper.Results.Count == 0).ToList();
        if (withoutResults.Count > 0)
        {
            var table = new Table().Title("Evaluated on it, no number in the abstract").AddColumns("Paper");
            foreach (var paper in withoutResults)
            {
                table.AddTextRow(TableText.TitleWithYear(paper.Paper));
            }
            console.Write(table);
        }
    }
}
