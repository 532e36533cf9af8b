namespace PaperGraph.Core.Graph.Queries;

/// <summary>Methods by datasets: how many papers propose or use the method and evaluate on the dataset.
/// Rows and columns are the most connected methods and datasets.</summary>
public sealed record MethodDatasetMatrix(
    IReadOnlyList<EntityRef> Methods,
    IReadOnlyList<EntityRef> Datasets,
    IReadOnlyList<MatrixCell> Cells);

public sealed record MatrixCell(int MethodIndex, int DatasetIndex, int Papers);
