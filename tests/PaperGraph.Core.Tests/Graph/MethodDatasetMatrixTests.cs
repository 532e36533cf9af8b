using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Tests.Graph;

public sealed class MethodDatasetMatrixTests
{
    private static EntityRef Method(string name) => new(EntityKey.For(EntityType.Method, name), EntityType.Method, name);

    private static EntityRef Dataset(string name) => new(EntityKey.For(EntityType.Dataset, name), EntityType.Dataset, name);

    [Fact]
    public void Without_empty_lines_drops_methods_and_datasets_that_have_no_cell_and_keeps_every_count()
    {
        var matrix = new MethodDatasetMatrix(
            [Method("ResNet"), Method("Lonely"), Method("VGG")],
            [Dataset("Unused"), Dataset("ImageNet"), Dataset("CIFAR-10")],
            [new MatrixCell(0, 1, 5), new MatrixCell(2, 2, 3), new MatrixCell(0, 2, 1)]);

        var compact = matrix.WithoutEmptyLines();

        Assert.Equal(["ResNet", "VGG"], compact.Methods.Select(m => m.Name));
        Assert.Equal(["ImageNet", "CIFAR-10"], compact.Datasets.Select(d => d.Name));
        var counts = compact.Cells.Select(c => (compact.Methods[c.MethodIndex].Name, compact.Datasets[c.DatasetIndex].Name, c.Papers));
        Assert.Equal([("ResNet", "ImageNet", 5), ("VGG", "CIFAR-10", 3), ("ResNet", "CIFAR-10", 1)], counts);
    }

    [Fact]
    public void Without_empty_lines_of_a_matrix_without_cells_is_empty()
    {
        var matrix = new MethodDatasetMatrix([Method("ResNet")], [Dataset("ImageNet")], []);

        var compact = matrix.WithoutEmptyLines();

        Assert.Empty(compact.Methods);
        Assert.Empty(compact.Datasets);
    }
}
