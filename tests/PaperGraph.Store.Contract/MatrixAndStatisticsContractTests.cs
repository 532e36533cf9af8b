using PaperGraph.Core.Model;

namespace PaperGraph.Store.Contract;

public abstract partial class GraphStoreContractTests
{
    private Task<Core.Graph.IGraphStore> MatrixStoreAsync() => StoreWithAsync(
        PaperRecordBuilder.Paper("Paper A").Proposes("ResNet").EvaluatedOn("ImageNet"),
        PaperRecordBuilder.Paper("Paper B").Uses("ResNet").EvaluatedOn("ImageNet").EvaluatedOn("CIFAR-10"),
        PaperRecordBuilder.Paper("Paper C").Uses("VGG").EvaluatedOn("CIFAR-10").MentionsDataset("ImageNet"));

    [ContractFact]
    public async Task Matrix_counts_papers_using_a_method_on_a_dataset()
    {
        var store = await MatrixStoreAsync();

        var matrix = await store.GetMatrixAsync();

        int Cell(string method, string dataset)
        {
            var row = matrix.Methods.ToList().FindIndex(m => m.Key == method);
            var column = matrix.Datasets.ToList().FindIndex(d => d.Key == dataset);
            return matrix.Cells.SingleOrDefault(c => c.MethodIndex == row && c.DatasetIndex == column)?.Papers ?? 0;
        }
        Assert.Equal(2, Cell("method:resnet", "dataset:imagenet"));
        Assert.Equal(1, Cell("method:resnet", "dataset:cifar10"));
        Assert.Equal(1, Cell("method:vgg", "dataset:cifar10"));
        Assert.Equal(0, Cell("method:vgg", "dataset:imagenet"));
    }

    [ContractFact]
    public async Task Matrix_orders_and_caps_rows_by_connectedness()
    {
        var store = await MatrixStoreAsync();

        var matrix = await store.GetMatrixAsync(maxMethods: 1, maxDatasets: 1);

        Assert.Equal("method:resnet", Assert.Single(matrix.Methods).Key);
        Assert.Single(matrix.Datasets);
        Assert.All(matrix.Cells, cell => Assert.Equal((0, 0), (cell.MethodIndex, cell.DatasetIndex)));
    }

    [ContractFact]
    public async Task Matrix_papers_lists_the_papers_of_a_cell()
    {
        var store = await MatrixStoreAsync();

        var papers = await store.GetMatrixPapersAsync("method:resnet", "dataset:imagenet");

        Assert.Equal(["Paper A", "Paper B"], papers.Select(p => p.Title).Order());
    }

    [ContractFact]
    public async Task Statistics_count_nodes_and_relations_by_type()
    {
        var store = await StoreWithAsync(
            PaperRecordBuilder.Paper("Paper A").Proposes("ResNet").Reports("ImageNet", "top-1 error", 20).Addresses("classification"),
            PaperRecordBuilder.Paper("Paper B").Uses("ResNet").EvaluatedOn("ImageNet-1K", parent: "ImageNet").Measures("top-1 error"));

        var stats = await store.GetStatisticsAsync();

        Assert.Equal(2, stats.Papers);
        Assert.Equal(1, stats.Entities[EntityType.Method]);
        Assert.Equal(2, stats.Entities[EntityType.Dataset]);
        Assert.Equal(1, stats.Entities[EntityType.Metric]);
        Assert.Equal(1, stats.Entities[EntityType.Task]);
        Assert.Equal(1, stats.Relations[RelationType.Proposes]);
        Assert.Equal(2, stats.Relations[RelationType.Uses]);
        Assert.Equal(2, stats.Relations[RelationType.EvaluatedOn]);
        Assert.Equal(1, stats.Relations[RelationType.Addresses]);
        Assert.Equal(1, stats.Relations[RelationType.Reports]);
        Assert.Equal(1, stats.Relations[RelationType.VariantOf]);
        Assert.Equal(1, stats.Relations[RelationType.BuildsOn]);
        Assert.Equal(0, stats.Relations[RelationType.Cites]);
        Assert.Equal(1, stats.Results);
    }

    [ContractFact]
    public async Task Statistics_of_an_empty_store_are_zero()
    {
        var store = await CreateStoreAsync();

        var stats = await store.GetStatisticsAsync();

        Assert.Equal(0, stats.Papers);
        Assert.All(stats.Entities.Values, count => Assert.Equal(0, count));
        Assert.All(stats.Relations.Values, count => Assert.Equal(0, count));
    }

    [ContractFact]
    public async Task Writing_the_same_papers_again_leaves_the_relation_count_unchanged()
    {
        PaperRecordBuilder[] papers =
        [
            PaperRecordBuilder.Paper("Paper A").Proposes("ResNet").Reports("ImageNet", "top-1 error", 20),
            PaperRecordBuilder.Paper("Paper B").Uses("ResNet").EvaluatedOn("ImageNet-1K", parent: "ImageNet"),
        ];
        var store = await StoreWithAsync(papers);
        var before = await store.GetStatisticsAsync();

        await store.UpsertAsync(papers.Select(paper => paper.Build()).ToList());
        await store.RefreshDerivedRelationsAsync();
        var after = await store.GetStatisticsAsync();

        Assert.Equal(before.TotalRelations, after.TotalRelations);
        Assert.Equal(before.Relations, after.Relations);
    }
}
