using PaperGraph.Core.Graph.Queries;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace PaperGraph.Cli;

/// <summary>Adds table and grid rows as literal text: titles and names from papers may contain "[...]",
/// which Spectre would otherwise read as markup.</summary>
internal static class TableText
{
    public static Table AddTextRow(this Table table, params string?[] cells) => table.AddRow(Cells(cells));

    public static Grid AddTextRow(this Grid grid, params string?[] cells) => grid.AddRow(Cells(cells));

    /// <summary>A label and value row, left out when the value is empty.</summary>
    public static Grid AddFact(this Grid grid, string label, string? value) =>
        string.IsNullOrEmpty(value) ? grid : grid.AddTextRow(label, value);

    public static string Join(IEnumerable<string> items) => string.Join(", ", items);

    /// <summary>"Title (2021)", or the bare title when the year is unknown.</summary>
    public static string TitleWithYear(PaperSummary paper) => paper.Year is { } year ? $"{paper.Title} ({year})" : paper.Title;

    private static IRenderable[] Cells(string?[] cells) => cells.Select(c => (IRenderable)new Text(c ?? "")).ToArray();
}
