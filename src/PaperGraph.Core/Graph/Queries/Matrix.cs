namespace PaperGraph.Core.Graph.Queries;

/// <summary>Methods by datasets: how many papers propose or use the method and evaluate on the dataset.
/// Rows and columns are the most connected methods and datasets.</summary>
public sealed record MethodDatasetMatrix(
    IReadOnlyList<EntityRef> Methods,
    IReadOnlyList<EntityRef> Datasets,
    IReadOnlyList<MatrixCell> Cells)
{
    /// <summary>The matrix without the methods and datasets that have no cell in it, in the same order: a row or
    /// column of empty squares says nothing and pushes the rest out of view.</summary>
    public MethodDatasetMatrix WithoutEmptyLines()
    {
        var rows = Cells.Select(cell => cell.MethodIndex).Distinct().Order().ToList();
        var columns = Cells.Select(cell => cell.DatasetIndex).Distinct().Order().ToList();
        var row = rows.Select((old, index) => (old, index)).ToDictionary();
        var column = columns.Select((old, index) => (old, index)).ToDictionary();
        return new MethodDatasetMatrix(
            [.. rows.Select(index => Methods[index])],
            [.. columns.Select(index => Datasets[index])],
            [.. Cells.Select(cell => cell with { MethodIndex = row[cell.MethodIndex], DatasetIndex = column[cell.DatasetIndex] })]);
    }
}

public sealed record MatrixCell(int MethodIndex, int DatasetIndex, int Papers);
