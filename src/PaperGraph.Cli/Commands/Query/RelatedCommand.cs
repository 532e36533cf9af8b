using System.CommandLine;
using System.Globalization;
using PaperGraph.Core.Queries.Citations;
using Spectre.Console;

namespace PaperGraph.Cli.Commands.Query;

/// <summary><c>papergraph query related PAPER [--json]</c>.</summary>
internal static class RelatedCommand
{
    public static Command Create(CliContext context)
    {
        var paper = CitationArguments.Paper();
        var command = new Command("related",
            "Papers related to a paper, best first, with the reasons for each: cited together with it (co-citation), citing the " +
            "same works (bibliographic coupling), or similar in text (the stored SIMILAR_TO suggestions of `papergraph suggest " +
            "similar`). Score = co-citations + shared references + " + RelatedPaperService.TextWeight.ToString(CultureInfo.InvariantCulture) +
            " x text similarity.")
        {
            paper,
        };
        command.SetQueryAction(context,
            (parse, queries, ct) => queries.Get<RelatedPaperService>().GetRelatedAsync(parse.GetValue(paper)!, ct),
            Render,
            parse => $"no paper matches \"{parse.GetValue(paper)}\"");
        return command;
    }

    private static void Render(IAnsiConsole console, RelatedPapers related)
    {
        console.Write(new Text($"{CitationText.Title(related.Paper)}{Environment.NewLine}", new Style(decoration: Decoration.Bold)));
        if (related.Related.Count == 0)
        {
            console.WriteLine("No related papers: it shares no citers and no references with another paper in the corpus, and no similar text is stored.");
            return;
        }
        var table = new Table().AddColumns("Score", "Paper", "Id", "Why");
        foreach (var entry in related.Related)
        {
            table.AddTextRow(entry.Score.ToString("0.##", CultureInfo.InvariantCulture), CitationText.Title(entry.Paper), entry.Paper.Id, string.Join("; ", entry.Reasons));
        }
        console.Write(table);
    }
}
