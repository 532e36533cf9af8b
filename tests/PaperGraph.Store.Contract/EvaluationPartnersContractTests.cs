using PaperGraph.Core.Model;

namespace PaperGraph.Store.Contract;

public abstract partial class GraphStoreContractTests
{
    private Task<Core.Graph.IGraphStore> PartnersStoreAsync() => StoreWithAsync(
        PaperRecordBuilder.Paper("Paper A").Proposes("ResNet").Reports("ImageNet", "top-1 accuracy", 76.1),
        PaperRecordBuilder.Paper("Paper B").Uses("ResNet").Reports("ImageNet", "top-1 accuracy", 78.5).Reports("ImageNet", "top-5 accuracy", 94.0)
            .EvaluatedOn("CIFAR-10"),
        PaperRecordBuilder.Paper("Paper C").Proposes("VGG").Uses("ResNet").Reports("ImageNet", "top-1 accuracy", 74.0)
            .Reports("ImageNet", "GPU days", 2.0, ResultContext.Plain with { IsCost = true }, unit: "GPU days"),
        PaperRecordBuilder.Paper("Paper D").Uses("VGG").EvaluatedOn("CIFAR-10").MentionsDataset("ImageNet"));

    [ContractFact]
    public async Task Evaluation_partners_of_a_dataset_are_its_methods_with_paper_counts_most_first()
    {
        var store = await PartnersStoreAsync();

        var methods = await store.GetEvaluationPartnersAsync("dataset:imagenet");

        Assert.Equal([("method:resnet", 3), ("method:vgg", 1)], methods.Select(m => (m.Entity.Key, m.Papers)));
    }

    [ContractFact]
    public async Task Evaluation_partners_of_a_method_are_its_datasets()
    {
        var store = await PartnersStoreAsync();

        var datasets = await store.GetEvaluationPartnersAsync("method:vgg");

        Assert.Equal(["dataset:cifar10", "dataset:imagenet"], datasets.Select(d => d.Entity.Key).Order());
        Assert.All(datasets, dataset => Assert.Equal(1, dataset.Papers));
    }

    [ContractFact]
    public async Task Evaluation_partner_best_result_is_the_best_on_the_most_reported_metric()
    {
        var store = await PartnersStoreAsync();

        var resnet = (await store.GetEvaluationPartnersAsync("dataset:imagenet")).Single(m => m.Entity.Key == "method:resnet");

        var best = Assert.IsType<Core.Graph.Queries.MetricBest>(resnet.BestResult);
        Assert.Equal(("top-1 accuracy", 78.5, 3), (best.Metric, best.Value, best.Results));
        Assert.Equal("Paper B", best.Paper.Title);
        Assert.DoesNotContain(resnet.Metrics, metric => metric.Metric == "GPU days");
    }

    [ContractFact]
    public async Task Evaluation_partner_without_numbers_has_no_best_result()
    {
        var store = await PartnersStoreAsync();

        var cifar = (await store.GetEvaluationPartnersAsync("method:vgg")).Single(d => d.Entity.Key == "dataset:cifar10");

        Assert.Null(cifar.BestResult);
    }

    [ContractFact]
    public async Task Evaluation_partners_are_capped_by_the_limit()
    {
        var store = await PartnersStoreAsync();

        var methods = await store.GetEvaluationPartnersAsync("dataset:imagenet", limit: 1);

        Assert.Equal("method:resnet", Assert.Single(methods).Entity.Key);
    }

    [ContractFact]
    public async Task Evaluation_partners_of_a_task_or_an_unknown_key_are_empty()
    {
        var store = await StoreWithAsync(PaperRecordBuilder.Paper("Paper A").Proposes("ResNet").EvaluatedOn("ImageNet").Addresses("classification"));

        Assert.Empty(await store.GetEvaluationPartnersAsync("task:classification"));
        Assert.Empty(await store.GetEvaluationPartnersAsync("dataset:nowhere"));
    }
}
