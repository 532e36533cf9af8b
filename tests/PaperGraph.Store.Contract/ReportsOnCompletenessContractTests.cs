using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;

namespace PaperGraph.Store.Contract;

/// <summary>Reports-on answers with every paper evaluated on a dataset, not only those that give a number.</summary>
public abstract partial class GraphStoreContractTests
{
    [ContractFact]
    public async Task Reports_on_lists_papers_evaluated_without_a_number_after_those_with_one()
    {
        var store = await StoreWithAsync(
            PaperRecordBuilder.Paper("No number").EvaluatedOn("ImageNet"),
            PaperRecordBuilder.Paper("With number").Reports("ImageNet", "top-1 accuracy", 76));

        var page = await store.GetReportsOnAsync(new ReportsOnQuery("ImageNet"));

        Assert.Equal(["With number", "No number"], page!.Papers.Select(p => p.Paper.Title));
        Assert.Empty(page.Papers[1].Results);
    }

    [ContractFact]
    public async Task Reports_on_counts_papers_with_and_without_numbers()
    {
        var store = await StoreWithAsync(
            PaperRecordBuilder.Paper("A").EvaluatedOn("ImageNet"),
            PaperRecordBuilder.Paper("B").EvaluatedOn("ImageNet-1K", parent: "ImageNet"),
            PaperRecordBuilder.Paper("C").Reports("ImageNet", "top-1 accuracy", 76));

        var page = await store.GetReportsOnAsync(new ReportsOnQuery("ImageNet", Limit: 1));

        Assert.Equal((3, 1, 2), (page!.TotalPapers, page.PapersWithResults, page.PapersWithoutResults));
        Assert.Single(page.Papers);
    }

    [ContractFact]
    public async Task Papers_without_a_number_come_newest_first()
    {
        var store = await StoreWithAsync(
            PaperRecordBuilder.Paper("Older").InYear(2018).EvaluatedOn("ImageNet"),
            PaperRecordBuilder.Paper("Newer").InYear(2023).EvaluatedOn("ImageNet"));

        var page = await store.GetReportsOnAsync(new ReportsOnQuery("ImageNet"));

        Assert.Equal(["Newer", "Older"], page!.Papers.Select(p => p.Paper.Title));
    }

    [ContractFact]
    public async Task A_cost_figure_never_decides_the_best_paper()
    {
        var store = await StoreWithAsync(
            PaperRecordBuilder.Paper("Cheap search").Reports("ImageNet", "GPU days", 3.8, ResultContext.Plain with { IsCost = true }, "")
                .Reports("ImageNet", "top-1 error", 24.2),
            PaperRecordBuilder.Paper("Best error").Reports("ImageNet", "top-1 error", 20.1),
            PaperRecordBuilder.Paper("Only a cost").Reports("ImageNet", "GPU days", 1, ResultContext.Plain with { IsCost = true }, ""));

        var page = await store.GetReportsOnAsync(new ReportsOnQuery("ImageNet"));

        Assert.Equal(["Best error", "Cheap search", "Only a cost"], page!.Papers.Select(p => p.Paper.Title));
        Assert.Equal("top-1 error", page.Papers[1].Results[0].Metric);
    }

    [ContractFact]
    public async Task Results_at_different_settings_are_ranked_apart()
    {
        var store = await StoreWithAsync(
            PaperRecordBuilder.Paper("Small images").Reports("ImageNet", "FID", 6.98, ResultContext.Plain with { Setting = "32×32" }, ""),
            PaperRecordBuilder.Paper("Large images").Reports("ImageNet", "FID", 9.5, ResultContext.Plain with { Setting = "256×256" }, ""));

        var page = await store.GetReportsOnAsync(new ReportsOnQuery("ImageNet"));

        Assert.All(page!.Papers, paper => Assert.Equal(1, Assert.Single(paper.Results).Rank));
    }

    [ContractFact]
    public async Task Results_on_different_variants_are_ranked_apart()
    {
        var store = await StoreWithAsync(
            PaperRecordBuilder.Paper("On the parent").Reports("ImageNet", "top-1 accuracy", 76),
            PaperRecordBuilder.Paper("On a variant").EvaluatedOn("Tiny ImageNet", parent: "ImageNet").Reports("Tiny ImageNet", "top-1 accuracy", 80));

        var page = await store.GetReportsOnAsync(new ReportsOnQuery("ImageNet"));

        Assert.All(page!.Papers, paper => Assert.Equal(1, Assert.Single(paper.Results).Rank));
    }

    [ContractFact]
    public async Task A_result_keeps_its_qualifier_condition_and_setting()
    {
        var context = new ResultContext("≈", "10-shot", "224×224", false);
        var store = await StoreWithAsync(PaperRecordBuilder.Paper("Paper A").Reports("ImageNet", "top-5 accuracy", 50, context));

        var reported = Assert.Single((await store.GetReportsOnAsync(new ReportsOnQuery("ImageNet")))!.Papers[0].Results);
        var onPage = Assert.Single((await store.GetPaperAsync(PaperIdentity.For("Paper A")))!.Results);

        Assert.Equal(context, reported.Context);
        Assert.Equal(context, onPage.Context);
    }

    [ContractFact]
    public async Task An_entity_page_lists_the_papers_of_its_variants()
    {
        var store = await StoreWithAsync(
            PaperRecordBuilder.Paper("On the parent").EvaluatedOn("ImageNet"),
            PaperRecordBuilder.Paper("On a variant").EvaluatedOn("ImageNet-1K", parent: "ImageNet"));

        var page = await store.GetEntityAsync("dataset:imagenet");

        Assert.Equal(2, page!.TotalPapers);
        Assert.Equal(["On a variant", "On the parent"], page.Papers.Select(link => link.Paper.Title).Distinct().Order());
    }
}
