using System.CommandLine;
using PaperGraph.Core.Queries.Citations;
using Spectre.Console;

namespace PaperGraph.Cli.Commands.Query;

/// <summary><c>papergraph query citations PAPER [--depth N] [--direction in|out|both] [--json]</c>.</summary>
internal static class CitationsCommand
{
    public static Command Create(CliContext context)
    {
        var paper = CitationArguments.Paper();
        var depth = CommonOptions.PositiveInt("--depth", 1, $"How many citation steps to follow (1 to {CitationService.MaxDepth})", "-d");
        depth.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() > CitationService.MaxDepth)
            {
                result.AddError($"--depth must be at most {CitationService.MaxDepth}.");
            }
        });
        var direction = new Option<CitationDirection>("--direction")
        {
            Description = "in: works citing the paper; out: works it cites; both [default: both]",
            HelpName = "in|out|both",
            DefaultValueFactory = _ => CitationDirection.Both,
        };
        var command = new Command("citations",
            "A paper's references and cited-by lists within the corpus, followed to a depth; each link says whether it was imported " +
            "from a reference list (CITES) or derived from methods (BUILDS_ON); stubs are works known only from reference lists.")
        {
            paper, depth, direction,
        };
        command.SetQueryAction(context,
            (parse, queries, ct) => queries.Get<CitationService>().GetCitationsAsync(parse.GetValue(paper)!, parse.GetValue(depth), parse.GetValue(direction), ct),
            Render,
            parse => $"no paper matches \"{parse.GetValue(paper)}\"");
        return command;
    }

    private static void Render(IAnsiConsole console, CitationReport report)
    {
        console.Write(new Text($"{CitationText.Title(report.Paper)}{Environment.NewLine}", new Style(decoration: Decoration.Bold)));
        console.WriteLine($"{report.Paper.Id}, cited {report.Paper.CitedBy} times in the corpus");
        Write(console, "References", report.References);
        Write(console, "Cited by", report.CitedBy);
    }

    private static void Write(IAnsiConsole console, string heading, IReadOnlyList<CitationEntry> entries)
    {
        if (entries.Count == 0)
        {
            console.WriteLine($"{heading}: none in the corpus.");
            return;
        }
        var table = new Table().Title($"{heading} ({entries.Count})").AddColumns("Depth", "Paper", "Id", "Cited by", "Link", "Via");
        foreach (var entry in entries)
        {
            table.AddTextRow(entry.Depth.ToString(System.Globalization.CultureInfo.InvariantCulture), CitationText.Title(entry.Paper), entry.Paper.Id,
                entry.Paper.CitedBy.ToString(System.Globalization.CultureInfo.InvariantCulture), CitationText.Origins(entry.Origins), entry.Via ?? "");
        }
        console.Write(table);
    }
}
