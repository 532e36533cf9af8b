using PaperGraph.Core.Model;

namespace PaperGraph.Store.Contract;

public abstract partial class GraphStoreContractTests
{
    [ContractFact]
    public async Task Builds_on_links_user_to_proposer()
    {
        var proposer = PaperRecordBuilder.Paper("Deep Residual Learning").Proposes("ResNet");
        var user = PaperRecordBuilder.Paper("Object Detection with ResNet").Uses("ResNet");
        var store = await StoreWithAsync(proposer, user);

        var userPage = await store.GetPaperAsync(user.Id);
        var proposerPage = await store.GetPaperAsync(proposer.Id);

        Assert.Equal(proposer.Id, Assert.Single(userPage!.BuildsOn).Id);
        Assert.Equal(user.Id, Assert.Single(proposerPage!.BuiltOnBy).Id);
    }

    [ContractFact]
    public async Task Builds_on_never_links_a_paper_to_itself()
    {
        var paper = PaperRecordBuilder.Paper("Self cite").Proposes("ResNet").Uses("ResNet");
        var store = await StoreWithAsync(paper);

        var page = await store.GetPaperAsync(paper.Id);

        Assert.Empty(page!.BuildsOn);
        Assert.Empty(page.BuiltOnBy);
    }

    [ContractFact]
    public async Task Builds_on_ignores_shared_datasets()
    {
        var store = await StoreWithAsync(
            PaperRecordBuilder.Paper("Paper A").With(EntityType.Dataset, "NewSet", RelationType.Proposes, []),
            PaperRecordBuilder.Paper("Paper B").Uses("ResNet").EvaluatedOn("NewSet"));

        Assert.Equal(0, (await store.GetStatisticsAsync()).Relations[RelationType.BuildsOn]);
    }

    [ContractFact]
    public async Task Builds_on_is_recomputed_when_a_paper_stops_using_the_method()
    {
        var proposer = PaperRecordBuilder.Paper("Deep Residual Learning").Proposes("ResNet");
        var store = await StoreWithAsync(proposer, PaperRecordBuilder.Paper("User").Uses("ResNet"));

        await store.UpsertAsync([PaperRecordBuilder.Paper("User").Uses("VGG").Build()]);
        await store.RefreshDerivedRelationsAsync();

        Assert.Empty((await store.GetPaperAsync(proposer.Id))!.BuiltOnBy);
    }
}
