using System.CommandLine;
using PaperGraph.Core.Graph.Queries;
using Spectre.Console;

namespace PaperGraph.Cli.Commands.Query;

/// <summary><c>papergraph query matrix [--methods N] [--datasets N] [--json]</c>.</summary>
internal static class MatrixCommand
{
    public static Command Create(CliContext context)
    {
        var methods = CommonOptions.PositiveInt("--methods", 15, "Methods (rows): the most connected first");
        var datasets = CommonOptions.PositiveInt("--datasets", 8, "Datasets (columns): the most connected first");
        var command = new Command("matrix", "Methods by datasets: how many papers propose or use each method and evaluate on each dataset.")
        {
            methods, datasets,
        };
        command.SetQueryAction(context,
            async (parse, queries, ct) => (await queries.Store.GetMatrixAsync(parse.GetValue(methods), parse.GetValue(datasets), ct)).WithoutEmptyLines(),
            Render,
            _ => "no matrix");
        return command;
    }

    private static void Render(IAnsiConsole console, MethodDatasetMatrix matrix)
    {
        var counts = matrix.Cells.ToDictionary(c => (c.MethodIndex, c.DatasetIndex), c => c.Papers);
        var table = new Table().AddColumn("Method \\ Dataset");
        foreach (var dataset in matrix.Datasets)
        {
            table.AddColumn(new TableColumn(new Text(dataset.Name)).RightAligned());
        }
        for (var m = 0; m < matrix.Methods.Count; m++)
        {
            var row = new List<string?> { matrix.Methods[m].Name };
            for (var d = 0; d < matrix.Datasets.Count; d++)
            {
                row.Add(counts.TryGetValue((m, d), out var papers) ? papers.ToString("N0") : "");
            }
            table.AddTextRow([.. row]);
        }
        console.Write(table);
    }
}
