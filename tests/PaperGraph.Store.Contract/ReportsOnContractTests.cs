using PaperGraph.Core.Graph.Queries;

namespace PaperGraph.Store.Contract;

public abstract partial class GraphStoreContractTests
{
    [ContractFact]
    public async Task Reports_on_parent_includes_variants()
    {
        var store = await StoreWithAsync(
            PaperRecordBuilder.Paper("Paper A").Reports("ImageNet", "top-1 accuracy", 76),
            PaperRecordBuilder.Paper("Paper B").EvaluatedOn("ImageNet-1K", parent: "ImageNet").Reports("ImageNet-1K", "top-1 accuracy", 80));

        var page = await store.GetReportsOnAsync(new ReportsOnQuery("ImageNet"));

        Assert.Equal(2, page!.TotalPapers);
        Assert.Equal("dataset:imagenet1k", Assert.Single(page.Variants).Key);
    }

    [ContractFact]
    public async Task Reports_on_includes_variants_of_variants()
    {
        var store = await StoreWithAsync(
            PaperRecordBuilder.Paper("Paper A").EvaluatedOn("ImageNet-1K", parent: "ImageNet"),
            PaperRecordBuilder.Paper("Paper B").EvaluatedOn("ImageNet-1K val", parent: "ImageNet-1K").Reports("ImageNet-1K val", "top-1 accuracy", 80));

        var page = await store.GetReportsOnAsync(new ReportsOnQuery("ImageNet"));

        Assert.Equal(["Paper B", "Paper A"], page!.Papers.Select(p => p.Paper.Title));
        Assert.Equal(["dataset:imagenet1k", "dataset:imagenet1kval"], page.Variants.Select(v => v.Key).Order());
    }

    [ContractFact]
    public async Task Reports_on_a_variant_excludes_its_parent()
    {
        var store = await StoreWithAsync(
            PaperRecordBuilder.Paper("Paper A").Reports("ImageNet", "top-1 accuracy", 76),
            PaperRecordBuilder.Paper("Paper B").EvaluatedOn("ImageNet-1K", parent: "ImageNet").Reports("ImageNet-1K", "top-1 accuracy", 80));

        var page = await store.GetReportsOnAsync(new ReportsOnQuery("ImageNet-1K"));

        Assert.Equal("Paper B", Assert.Single(page!.Papers).Paper.Title);
    }

    [ContractFact]
    public async Task Reports_on_resolves_an_alias()
    {
        var store = await StoreWithAsync(PaperRecordBuilder.Paper("Paper A").EvaluatedOn("MS COCO", null, "COCO").Reports("MS COCO", "AP", 43.5));

        var page = await store.GetReportsOnAsync(new ReportsOnQuery("coco"));

        Assert.Equal("dataset:mscoco", page!.Dataset.Key);
        Assert.Equal(1, page.TotalPapers);
    }

    [ContractFact]
    public async Task Reports_on_ranks_lower_error_first()
    {
        var store = await StoreWithAsync(
            PaperRecordBuilder.Paper("Worse").Reports("ImageNet", "top-1 error", 30),
            PaperRecordBuilder.Paper("Better").Reports("ImageNet", "top-1 error", 20));

        var page = await store.GetReportsOnAsync(new ReportsOnQuery("ImageNet"));

        Assert.Equal(["Better", "Worse"], page!.Papers.Select(p => p.Paper.Title));
        var best = Assert.Single(page.Papers[0].Results);
        Assert.Equal(1, best.Rank);
        Assert.True(best.LowerIsBetter);
    }

    [ContractFact]
    public async Task Reports_on_ranks_higher_accuracy_first()
    {
        var store = await StoreWithAsync(
            PaperRecordBuilder.Paper("Worse").Reports("ImageNet", "top-1 accuracy", 70),
            PaperRecordBuilder.Paper("Better").Reports("ImageNet", "top-1 accuracy", 80));

        var page = await store.GetReportsOnAsync(new ReportsOnQuery("ImageNet"));

        Assert.Equal(["Better", "Worse"], page!.Papers.Select(p => p.Paper.Title));
        Assert.False(page.Papers[0].Results[0].LowerIsBetter);
        Assert.Equal(2, page.Papers[1].Results[0].Rank);
    }

    [ContractFact]
    public async Task Reports_on_ranks_each_metric_separately_and_orders_papers_by_best_rank()
    {
        var store = await StoreWithAsync(
            PaperRecordBuilder.Paper("Accurate").Reports("ImageNet", "top-1 accuracy", 80).Reports("ImageNet", "top-1 error", 25),
            PaperRecordBuilder.Paper("Low error").Reports("ImageNet", "top-1 error", 20),
            PaperRecordBuilder.Paper("Middling").Reports("ImageNet", "top-1 accuracy", 70).Reports("ImageNet", "top-1 error", 30));

        var page = await store.GetReportsOnAsync(new ReportsOnQuery("ImageNet"));

        Assert.Equal("Middling", page!.Papers[^1].Paper.Title);
        var accurate = page.Papers.Single(p => p.Paper.Title == "Accurate");
        Assert.Equal([1, 2], accurate.Results.Select(r => r.Rank));
        Assert.Equal("top-1 accuracy", accurate.Results[0].Metric);
    }

    [ContractFact]
    public async Task Reports_on_pages_with_limit_and_offset_and_counts_the_total()
    {
        var store = await StoreWithAsync(Enumerable.Range(1, 5)
            .Select(i => PaperRecordBuilder.Paper($"Paper {i}").Reports("ImageNet", "top-1 error", 10 * i)).ToArray());

        var page = await store.GetReportsOnAsync(new ReportsOnQuery("ImageNet", Limit: 2, Offset: 2));
        var beyond = await store.GetReportsOnAsync(new ReportsOnQuery("ImageNet", Limit: 2, Offset: 10));

        Assert.Equal(["Paper 3", "Paper 4"], page!.Papers.Select(p => p.Paper.Title));
        Assert.Equal(5, page.TotalPapers);
        Assert.Empty(beyond!.Papers);
        Assert.Equal(5, beyond.TotalPapers);
    }

    [ContractFact]
    public async Task Reports_on_returns_the_sentence_of_each_result()
    {
        var paper = PaperRecordBuilder.Paper("Paper A").WithAbstract("Our net gets 2.57% error on CIFAR-10.").Reports("CIFAR-10", "error", 2.57);
        var store = await StoreWithAsync(paper);

        var result = (await store.GetReportsOnAsync(new ReportsOnQuery("CIFAR-10")))!.Papers[0].Results[0];

        Assert.Equal("Our net gets 2.57% error on CIFAR-10.", result.Sentence);
        Assert.Equal("CIFAR-10", result.Provenance.SpanOf(result.Sentence));
    }

    [ContractFact]
    public async Task Reports_on_an_unknown_dataset_is_null()
    {
        var store = await StoreWithAsync(PaperRecordBuilder.Paper("Paper A").Reports("ImageNet", "top-1 error", 20));

        Assert.Null(await store.GetReportsOnAsync(new ReportsOnQuery("SVHN")));
    }

    [ContractFact]
    public async Task Reports_on_a_dataset_only_mentioned_is_an_empty_page()
    {
        var store = await StoreWithAsync(PaperRecordBuilder.Paper("Paper A").MentionsDataset("SVHN"));

        var page = await store.GetReportsOnAsync(new ReportsOnQuery("SVHN"));

        Assert.Equal(0, page!.TotalPapers);
        Assert.Empty(page.Papers);
    }

    [ContractFact]
    public async Task Reports_on_reflects_results_written_after_an_earlier_query()
    {
        var store = await StoreWithAsync(PaperRecordBuilder.Paper("First").Reports("ImageNet", "top-1 error", 30));
        await store.GetReportsOnAsync(new ReportsOnQuery("ImageNet"));

        await store.UpsertAsync([PaperRecordBuilder.Paper("Second").Reports("ImageNet", "top-1 error", 20).Build()]);
        var page = await store.GetReportsOnAsync(new ReportsOnQuery("ImageNet"));

        Assert.Equal(["Second", "First"], page!.Papers.Select(p => p.Paper.Title));
        Assert.Equal(2, page.Papers[1].Results[0].Rank);
    }

    [ContractFact]
    public async Task Reports_on_ranks_equal_values_alike()
    {
        var store = await StoreWithAsync(
            PaperRecordBuilder.Paper("Paper A").Reports("ImageNet", "top-1 error", 20),
            PaperRecordBuilder.Paper("Paper B").Reports("ImageNet", "top-1 error", 20),
            PaperRecordBuilder.Paper("Paper C").Reports("ImageNet", "top-1 error", 25));

        var page = await store.GetReportsOnAsync(new ReportsOnQuery("ImageNet"));

        Assert.Equal([1, 1, 3], page!.Papers.Select(p => p.Results[0].Rank));
    }

    [ContractFact]
    public async Task Upsert_skips_results_whose_value_is_not_a_number()
    {
        var store = await StoreWithAsync(
            PaperRecordBuilder.Paper("Paper A").Reports("ImageNet", "top-1 error", double.NaN).Reports("ImageNet", "top-5 error", 5));

        var page = await store.GetReportsOnAsync(new ReportsOnQuery("ImageNet"));

        Assert.Equal("top-5 error", Assert.Single(page!.Papers[0].Results).Metric);
    }
}
