using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using PaperGraph.Core.Corpus;
using PaperGraph.Core.Extraction;

namespace PaperGraph.Cli.Commands;

/// <summary><c>papergraph extract PATH [--format abstracts|jsonl|lines]</c>: extraction only, no database.</summary>
internal static class ExtractCommand
{
    public static Command Create(CliContext context)
    {
        var path = new Argument<string>("PATH") { Description = "A corpus file (abstracts listing, JSON Lines) or, with --format lines, any text file" };
        var format = CommonOptions.Format(
            "abstracts, jsonl, or lines (every line is one text) [default: detected from extension and content]",
            [.. CorpusFormatNames.All]);
        var command = new Command("extract",
            "Extract without a database: one JSON object per paper (per line with --format lines, with its 0-based " +
            "\"line\") on stdout in the evaluation format, with mentions. Bad records go to stderr (exit code 2).")
        {
            path, format,
        };
        command.SetGuardedAction(context.Console, async (parse, cancellationToken) =>
        {
            await using var services = new ServiceCollection().AddPaperGraphExtraction().AddPaperGraphCorpus().BuildServiceProvider();
            var rejected = 0;
            await foreach (var record in services.GetRequiredService<CorpusExtraction>()
                .ReadAsync(parse.GetValue(path)!, CommonOptions.ParseFormat(parse.GetValue(format)), cancellationToken))
            {
                if (record.Report is not { } report)
                {
                    rejected++;
                    await context.Console.Error.WriteLineAsync(record.Error!.ToString());
                    continue;
                }
                await context.Console.Output.WriteLineAsync(report.ToJson());
            }
            return rejected > 0 ? ExitCodes.BadInput : ExitCodes.Success;
        });
        return command;
    }
}
