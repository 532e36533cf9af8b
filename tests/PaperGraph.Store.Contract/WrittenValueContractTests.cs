using PaperGraph.Core.Graph;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;

namespace PaperGraph.Store.Contract;

/// <summary>A number keeps the form the abstract writes it in ("90.0%", not "90%") wherever a store returns it.</summary>
public abstract partial class GraphStoreContractTests
{
    private static readonly ResultContext WrittenNinety = ResultContext.Plain with { WrittenValue = "90.0" };

    [ContractFact]
    public async Task A_number_stored_as_90_0_comes_back_as_written_on_reports_on_and_the_paper_page()
    {
        var store = await StoreWithAsync(PaperRecordBuilder.Paper("Paper A").Reports("ImageNet", "top-1 accuracy", 90, WrittenNinety));

        var reported = Assert.Single((await store.GetReportsOnAsync(new ReportsOnQuery("ImageNet")))!.Papers[0].Results);
        var onPage = Assert.Single((await store.GetPaperAsync(PaperIdentity.For("Paper A")))!.Results);

        Assert.Equal(("90.0", "90.0%"), (reported.Context.WrittenValue, reported.ValueText));
        Assert.Equal(("90.0", "90.0%"), (onPage.Context.WrittenValue, onPage.ValueText));
    }

    [ContractFact]
    public async Task A_best_result_of_a_method_on_a_dataset_reads_as_written()
    {
        var store = await StoreWithAsync(
            PaperRecordBuilder.Paper("Paper A").Proposes("ResNet").Reports("ImageNet", "top-1 accuracy", 90, WrittenNinety));

        var method = Assert.Single(await store.GetEvaluationPartnersAsync("dataset:imagenet"));

        Assert.Equal("90.0% top-1 accuracy", method.BestResult!.Text);
    }

    [ContractFact]
    public async Task A_paper_read_back_as_a_record_keeps_its_numbers_as_written()
    {
        var store = await StoreWithAsync(PaperRecordBuilder.Paper("Paper A").Reports("ImageNet", "top-1 accuracy", 90, WrittenNinety));

        var record = Assert.Single(await ((IPaperRecordSource)store).ReadAllAsync().ToListAsync());

        Assert.Equal("90.0", Assert.Single(record.Extraction.Results).WrittenValue);
    }

    [ContractFact]
    public async Task Numbers_kept_as_written_still_rank_by_value()
    {
        var store = await StoreWithAsync(
            PaperRecordBuilder.Paper("Lower").Reports("ImageNet", "top-1 accuracy", 9.5, ResultContext.Plain with { WrittenValue = "9.50" }),
            PaperRecordBuilder.Paper("Higher").Reports("ImageNet", "top-1 accuracy", 10, ResultContext.Plain with { WrittenValue = "10.0" }));

        var page = await store.GetReportsOnAsync(new ReportsOnQuery("ImageNet"));

        Assert.Equal([("Higher", 1, "10.0%"), ("Lower", 2, "9.50%")],
            page!.Papers.Select(p => (p.Paper.Title, p.Results[0].Rank, p.Results[0].ValueText)));
    }
}
