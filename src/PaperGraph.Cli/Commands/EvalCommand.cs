using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using PaperGraph.Core.Corpus;
using PaperGraph.Core.Evaluation;
using PaperGraph.Core.Extraction;
using Spectre.Console;

namespace PaperGraph.Cli.Commands;

/// <summary><c>papergraph eval GOLD (PRED | --extract CORPUS [--format F]) [--json]</c>: extraction scores, no database.</summary>
internal static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        var gold = new Argument<string>("GOLD") { Description = "Gold JSON Lines: annotated papers (like shared/eval/dev-gold.jsonl) or mentions per line (like shared/eval/tdmsci-train/gold.jsonl)" };
        var predictions = new Argument<string?>("PRED") { Description = "Predictions as 'papergraph extract' writes them", Arity = ArgumentArity.ZeroOrOne };
        var extract = new Option<string?>("--extract") { Description = "Run the extractor over this corpus instead of reading PRED", HelpName = "CORPUS" };
        var format = CommonOptions.Format(
            "Format of the --extract corpus [default: detected; lines for mention gold]", [.. CorpusFormatNames.All]);
        var json = CommonOptions.Json();
        var command = new Command("eval",
            "Score extraction against a gold file, as shared/eval/score.py and tdmsci-train/score.py do: per field micro " +
            "precision, recall and F1 for annotated papers; per type exact and overlap scores for mentions. The gold " +
            "format is detected from its content. Bad input is named with file and line (exit code 2).")
        {
            gold, predictions, extract, format, json,
        };
        command.Validators.Add(result =>
        {
            var hasPredictions = result.GetValue(predictions) is not null;
            var hasCorpus = result.GetValue(extract) is not null;
            if (hasPredictions == hasCorpus)
            {
                result.AddError("Give either PRED or --extract CORPUS.");
            }
            else if (!hasCorpus && result.GetValue(format) is not null)
            {
                result.AddError("--format applies to --extract only.");
            }
        });
        command.SetGuardedAction(context.Console, async (parse, cancellationToken) =>
        {
            await using var services = new ServiceCollection().AddPaperGraphExtraction().AddPaperGraphCorpus().BuildServiceProvider();
            PredictionSource source = parse.GetValue(extract) is { } corpus
                ? new CorpusToExtract(corpus, CommonOptions.ParseFormat(parse.GetValue(format)))
                : new PredictionFile(parse.GetValue(predictions)!);
            var report = await new ExtractionEvaluator(services.GetRequiredService<CorpusExtraction>())
                .EvaluateAsync(parse.GetValue(gold)!, source, cancellationToken);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(context.Console, report);
            }
            else
            {
                Render(context.Console.Stdout, report);
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Render(IAnsiConsole console, EvaluationReport report)
    {
        if (report is FieldEvaluation fields)
        {
            RenderFields(console, fields);
        }
        else if (report is MentionEvaluation mentions)
        {
            RenderMentions(console, mentions);
        }
    }

    private static void RenderFields(IAnsiConsole console, FieldEvaluation evaluation)
    {
        console.MarkupLineInterpolated($"{evaluation.Papers:N0} gold papers, {evaluation.Missing:N0} without a prediction");
        var table = ScoreTable("Field", "P", "R", "F1", "TP", "FP", "FN");
        foreach (var (field, c) in evaluation.Fields)
        {
            table.AddTextRow(field, Score(c.Precision), Score(c.Recall), Score(c.F1),
                c.TruePositives.ToString("N0"), c.FalsePositives.ToString("N0"), c.FalseNegatives.ToString("N0"));
        }
        console.Write(table);
    }

    private static void RenderMentions(IAnsiConsole console, MentionEvaluation evaluation)
    {
        var table = ScoreTable("Type", "Exact P", "Exact R", "Exact F1", "Overlap P", "Overlap R", "Overlap F1");
        foreach (var (type, exact, overlap) in evaluation.Types)
        {
            table.AddTextRow(type, Score(exact.Precision), Score(exact.Recall), Score(exact.F1),
                Score(overlap.Precision), Score(overlap.Recall), Score(overlap.F1));
        }
        console.Write(table);
    }

    /// <summary>A table whose first column names what is scored and whose other columns hold numbers.</summary>
    private static Table ScoreTable(string label, params string[] numbers)
    {
        var table = new Table().AddColumn(label);
        foreach (var number in numbers)
        {
            table.AddColumn(new TableColumn(number).RightAligned());
        }
        return table;
    }

    /// <summary>Three decimals, as score.py prints them.</summary>
    private static string Score(double value) => value.ToString("0.000");
}
