using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;

namespace PaperGraph.Store.Contract;

/// <summary>Answers a store may keep between calls never outlive the data they came from.</summary>
public abstract partial class GraphStoreContractTests
{
    [ContractFact]
    public async Task Entity_page_reflects_papers_written_after_an_earlier_read()
    {
        var store = await StoreWithAsync(PaperRecordBuilder.Paper("Paper A").Uses("ResNet"));
        await store.GetEntityAsync("method:resnet");

        await store.UpsertAsync([PaperRecordBuilder.Paper("Paper B").Uses("ResNet").Build()]);

        Assert.Equal(2, (await store.GetEntityAsync("method:resnet"))!.TotalPapers);
    }

    [ContractFact]
    public async Task Statistics_reflect_papers_written_after_an_earlier_read()
    {
        var store = await StoreWithAsync(PaperRecordBuilder.Paper("Paper A").Uses("ResNet"));
        await store.GetStatisticsAsync();

        await store.UpsertAsync([PaperRecordBuilder.Paper("Paper B").Uses("VGG").Build()]);

        var stats = await store.GetStatisticsAsync();
        Assert.Equal(2, stats.Papers);
        Assert.Equal(2, stats.Entities[EntityType.Method]);
    }

    [ContractFact]
    public async Task Matrix_reflects_papers_written_after_an_earlier_read()
    {
        var store = await StoreWithAsync(PaperRecordBuilder.Paper("Paper A").Uses("ResNet").EvaluatedOn("ImageNet"));
        await store.GetMatrixAsync();

        await store.UpsertAsync([PaperRecordBuilder.Paper("Paper B").Uses("ResNet").EvaluatedOn("ImageNet").Build()]);

        Assert.Equal(2, Assert.Single((await store.GetMatrixAsync()).Cells).Papers);
    }

    [ContractFact]
    public async Task Reports_on_page_reflects_papers_written_after_an_earlier_read()
    {
        var store = await StoreWithAsync(PaperRecordBuilder.Paper("Paper A").Uses("ResNet").EvaluatedOn("ImageNet"));
        await store.GetReportsOnAsync(new ReportsOnQuery("ImageNet"));

        await store.UpsertAsync([PaperRecordBuilder.Paper("Paper B").Uses("VGG").EvaluatedOn("ImageNet").Build()]);

        Assert.Equal(2, (await store.GetReportsOnAsync(new ReportsOnQuery("ImageNet")))!.TotalPapers);
    }

    [ContractFact]
    public async Task Evaluation_partners_reflect_papers_written_after_an_earlier_read()
    {
        var store = await StoreWithAsync(PaperRecordBuilder.Paper("Paper A").Uses("ResNet").EvaluatedOn("ImageNet"));
        await store.GetEvaluationPartnersAsync("dataset:imagenet");

        await store.UpsertAsync([PaperRecordBuilder.Paper("Paper B").Uses("VGG").EvaluatedOn("ImageNet").Build()]);

        Assert.Equal(["method:resnet", "method:vgg"],
            (await store.GetEvaluationPartnersAsync("dataset:imagenet")).Select(partner => partner.Entity.Key).Order());
    }

    [ContractFact]
    public async Task Search_finds_papers_written_after_an_earlier_search()
    {
        var store = await StoreWithAsync(PaperRecordBuilder.Paper("Sparse attention").Uses("ResNet"));
        await store.SearchAsync(new SearchQuery("sparse", new HashSet<NodeKind> { NodeKind.Paper }));

        await store.UpsertAsync([PaperRecordBuilder.Paper("Sparse transformers").Uses("VGG").Build()]);

        Assert.Equal(2, (await store.SearchAsync(new SearchQuery("sparse", new HashSet<NodeKind> { NodeKind.Paper }))).Count);
    }
}
