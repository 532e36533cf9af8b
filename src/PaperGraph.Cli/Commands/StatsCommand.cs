using System.CommandLine;
using PaperGraph.Core.Graph.Queries;
using Spectre.Console;

namespace PaperGraph.Cli.Commands;

/// <summary><c>papergraph stats [--json]</c>.</summary>
internal static class StatsCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("stats", "Counts of papers, entities by type, relations by type and numeric results in the database.");
        command.SetQueryAction(context, (_, queries, ct) => queries.Store.GetStatisticsAsync(ct)!, Render, _ => "no statistics");
        return command;
    }

    private static void Render(IAnsiConsole console, GraphStatistics statistics)
    {
        var table = new Table().AddColumns("What", "Count");
        table.AddTextRow("Papers", statistics.Papers.ToString("N0"));
        table.AddTextRow("Stub papers (known from references only)", statistics.StubPapers.ToString("N0"));
        foreach (var (type, count) in statistics.Entities.OrderBy(e => e.Key))
        {
            table.AddTextRow($"{type} entities", count.ToString("N0"));
        }
        foreach (var (type, count) in statistics.Relations.OrderBy(r => r.Key))
        {
            table.AddTextRow($"{type} relations", count.ToString("N0"));
        }
        table.AddTextRow("Relations in all", statistics.TotalRelations.ToString("N0"));
        table.AddTextRow("Results", statistics.Results.ToString("N0"));
        console.Write(table);
    }
}
