using Bunit;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;
using PaperGraph.Web.Components.Shared;

namespace PaperGraph.Web.Tests.Components;

public sealed class HeatMapTests : MudComponentContext
{
    private static readonly EntityRef ResNet = new("method:resnet", EntityType.Method, "ResNet");
    private static readonly EntityRef Darts = new("method:darts", EntityType.Method, "DARTS");
    private static readonly EntityRef ImageNet = new("dataset:imagenet", EntityType.Dataset, "ImageNet");
    private static readonly EntityRef Cifar = new("dataset:cifar10", EntityType.Dataset, "CIFAR-10");

    private static readonly MethodDatasetMatrix Matrix = new([ResNet, Darts], [ImageNet, Cifar],
        [new MatrixCell(0, 0, 6), new MatrixCell(0, 1, 2), new MatrixCell(1, 1, 3)]);

    [Fact]
    public void Only_cells_with_papers_are_buttons_showing_their_count()
    {
        var cut = Render<HeatMap>(p => p.Add(c => c.Matrix, Matrix));

        var cells = cut.FindAll("[data-testid=matrix-cell]");
        Assert.Equal(["6", "2", "3"], cells.Select(c => c.TextContent.Trim()));
        Assert.Single(cut.FindAll("td.empty"));
    }

    [Fact]
    public void Cells_are_shaded_by_count_relative_to_the_largest()
    {
        var cut = Render<HeatMap>(p => p.Add(c => c.Matrix, Matrix));

        var shades = cut.FindAll("[data-testid=matrix-cell]").Select(c => c.GetAttribute("style")).ToList();
        Assert.Equal(["--shade: 1", "--shade: 0.433", "--shade: 0.575"], shades);
    }

    [Fact]
    public void Choosing_a_cell_reports_its_method_dataset_and_count()
    {
        MatrixSelection? chosen = null;
        var cut = Render<HeatMap>(p => p.Add(c => c.Matrix, Matrix).Add(c => c.OnSelect, (MatrixSelection s) => chosen = s));

        cut.FindAll("[data-testid=matrix-cell]")[2].Click();

        Assert.Equal(new MatrixSelection(Darts, Cifar, 3), chosen);
    }
}
