using System.CommandLine;
using PaperGraph.Core.Curation;
using Spectre.Console;

namespace PaperGraph.Cli.Commands.Curation;

/// <summary><c>papergraph curation log [--limit N] [--offset N] [--json]</c>.</summary>
internal static class CurationLogCommand
{
    public static Command Create(CliContext context)
    {
        var limit = CommonOptions.Limit(50, "Entries listed");
        var offset = new Option<int>("--offset") { Description = "Newest entries skipped", HelpName = "N" };
        var log = new Command("log", "The audit log of curation decisions, newest first: what, by whom, when, why, and who undid it.")
        {
            limit, offset,
        };
        log.SetQueryAction<CurationLogPage>(context,
            (parse, session, ct) => session.Get<CurationService>().GetLogAsync(parse.GetValue(offset), parse.GetValue(limit), ct)!,
            Render,
            _ => "no curation log");
        return new Command("curation", "Curators' decisions: the audit log ('papergraph merge', 'undo' and the other operations make the entries).")
        {
            log,
        };
    }

    private static void Render(IAnsiConsole console, CurationLogPage page)
    {
        var table = new Table().Title($"Curation log ({page.Entries.Count:N0} of {page.Total:N0})").AddColumns("Entry", "When (UTC)", "Curator", "Decision", "Note", "Undone");
        foreach (var entry in page.Entries)
        {
            table.AddTextRow(entry.Id.ToString("N0"), entry.At.ToString("u"), entry.Curator, CurationRuleText.Describe(entry.Rule), entry.Note ?? "",
                entry.Undone is { } undo ? $"by {undo.Curator} at {undo.At:u}" : "");
        }
        console.Write(table);
    }
}
