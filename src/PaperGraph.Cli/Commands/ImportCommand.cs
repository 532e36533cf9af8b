using System.CommandLine;
using PaperGraph.Core.Corpus;
using PaperGraph.Cli.Stores;
using PaperGraph.Core.Import;
using Spectre.Console;

namespace PaperGraph.Cli.Commands;

/// <summary><c>papergraph import PATH... [--format F] [--strict]</c>.</summary>
internal static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Corpus files: a title/abstract listing (like import/seed-abstracts.txt), JSON Lines, OpenAlex works, " +
                "Semantic Scholar papers, an arXiv snapshot or Atom feed, BibTeX or CSL-JSON",
            Arity = ArgumentArity.OneOrMore,
        };
        string[] importable = [.. CorpusFormatNames.All.Where(name => name != CorpusFormatNames.Lines)];
        var format = CommonOptions.Format(
            $"Format of every file: {string.Join(", ", importable)} [default: detected per file from extension and content]",
            importable);
        var strict = new Option<bool>("--strict") { Description = "Check every record of every file first and import nothing if any is bad" };
        var batchSize = CommonOptions.PositiveInt("--batch-size", new ImportOptions().BatchSize, "Papers written per transaction");
        var json = CommonOptions.Json();
        var command = new Command("import",
            "Import corpus files: read, extract, store (a paper imported again is updated). Bad records are listed " +
            "on stderr with file and line and the rest is imported (exit code 2); --strict imports nothing then.")
        {
            paths, format, strict, batchSize, json,
        };
        command.SetGuardedAction(context.Console, async (parse, cancellationToken) =>
        {
            var options = new ImportOptions
            {
                Format = CommonOptions.ParseFormat(parse.GetValue(format)),
                Strict = parse.GetValue(strict),
                BatchSize = parse.GetValue(batchSize),
            };
            var store = context.Store(parse);
            WritableDatabase.Require(store);
            await using var session = DatabaseSession.OpenUninitialized(store);
            var summary = await ImportProgressDisplay.RunAsync(context.Console,
                progress => session.Importer.ImportAsync(parse.GetValue(paths)!, options, progress, cancellationToken));
            foreach (var error in summary.Rejected)
            {
                await context.Console.Error.WriteLineAsync(error.ToString());
            }
            if (parse.GetValue(json))
            {
                JsonOutput.Write(context.Console, summary);
            }
            else
            {
                Render(context.Console.Stdout, summary);
            }
            return summary.Rejected.Count > 0 ? ExitCodes.BadInput : ExitCodes.Success;
        });
        return command;
    }

    private static void Render(IAnsiConsole console, ImportSummary summary)
    {
        if (summary.StrictAborted)
        {
            console.MarkupLineInterpolated($"[red]Nothing imported:[/] --strict found {summary.Rejected.Count} bad record(s) in {summary.Files} file(s).");
            return;
        }
        var grid = new Grid().AddColumn().AddColumn(new GridColumn().RightAligned());
        grid.AddTextRow("Files", summary.Files.ToString("N0"));
        grid.AddTextRow("Records read", summary.RecordsRead.ToString("N0"));
        grid.AddTextRow("Papers added", summary.PapersAdded.ToString("N0"));
        grid.AddTextRow("Papers updated", summary.PapersUpdated.ToString("N0"));
        grid.AddTextRow("Stub papers added", summary.Stubs.ToString("N0"));
        grid.AddTextRow("Citation links", summary.Citations.ToString("N0"));
        grid.AddTextRow("Entities added", summary.EntitiesAdded.ToString("N0"));
        grid.AddTextRow("Relations in graph", summary.Relations.ToString("N0"));
        grid.AddTextRow("Rejected records", summary.Rejected.Count.ToString("N0"));
        console.Write(grid);
    }
}
