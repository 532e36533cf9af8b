using Spectre.Console;
using Spectre.Console.Rendering;

namespace PaperGraph.Cli;

/// <summary>Adds table and grid rows as literal text: titles and names from papers may contain "[...]",
/// which Spectre would otherwise read as markup.</summary>
internal static class TableText
{
    public static Table AddTextRow(this Table table, params string?[] cells) => table.AddRow(Cells(cells));

    public static Grid AddTextRow(this Grid grid, params string?[] cells) => grid.AddRow(Cells(cells));

    public static string Join(IEnumerable<string> items) => string.Join(", ", items);

    private static IRenderable[] Cells(string?[] cells) => cells.Select(c => (IRenderable)new Text(c ?? "")).ToArray();
}
