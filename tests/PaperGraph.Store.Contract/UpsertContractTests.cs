using PaperGraph.Core.Model;

namespace PaperGraph.Store.Contract;

public abstract partial class GraphStoreContractTests
{
    [ContractFact]
    public async Task Upsert_counts_new_papers_as_added()
    {
        var store = await CreateStoreAsync();

        var summary = await store.UpsertAsync([PaperRecordBuilder.Paper("Deep Residual Learning").Proposes("ResNet").Build()]);

        Assert.Equal(1, summary.PapersAdded);
        Assert.Equal(0, summary.PapersUpdated);
        Assert.Equal(1, summary.EntitiesAdded);
        Assert.Equal(1, summary.RelationsWritten);
    }

    [ContractFact]
    public async Task Upsert_writes_every_role_of_an_entity()
    {
        var store = await CreateStoreAsync();
        var paper = PaperRecordBuilder.Paper("A New Benchmark").IntroducesAndEvaluatesOn("BenchX");

        await store.UpsertAsync([paper.Build()]);

        var roles = (await store.GetPaperAsync(paper.Id))!.Entities.Where(e => e.Entity.Name == "BenchX").Select(e => e.Role);
        Assert.Equal([RelationType.Proposes, RelationType.EvaluatedOn], roles.Order());
    }

    [ContractFact]
    public async Task Upsert_same_paper_twice_updates_instead_of_duplicating()
    {
        var store = await CreateStoreAsync();
        var paper = PaperRecordBuilder.Paper("Deep Residual Learning").Proposes("ResNet");
        await store.UpsertAsync([paper.Build()]);

        var summary = await store.UpsertAsync([paper.WithAbstract("A new abstract.").Build()]);

        Assert.Equal(0, summary.PapersAdded);
        Assert.Equal(1, summary.PapersUpdated);
        Assert.Equal(1, (await store.GetStatisticsAsync()).Papers);
        Assert.Equal("A new abstract.", (await store.GetPaperAsync(paper.Id))!.Paper.Abstract);
    }

    [ContractFact]
    public async Task Reimporting_a_batch_keeps_every_count_identical()
    {
        var store = await CreateStoreAsync();
        var batch = new[]
        {
            PaperRecordBuilder.Paper("Paper A").Proposes("ResNet").Reports("ImageNet", "top-1 error", 24.2).Build(),
            PaperRecordBuilder.Paper("Paper B").Uses("ResNet").EvaluatedOn("CIFAR-10").Addresses("image classification").Build(),
        };
        await store.UpsertAsync(batch);
        await store.RefreshDerivedRelationsAsync();
        var before = await store.GetStatisticsAsync();

        await store.UpsertAsync(batch);
        await store.RefreshDerivedRelationsAsync();
        var after = await store.GetStatisticsAsync();

        Assert.Equal(before.Papers, after.Papers);
        Assert.Equal(before.Results, after.Results);
        Assert.Equal(before.Entities, after.Entities);
        Assert.Equal(before.Relations, after.Relations);
        Assert.Equal(before.Entities[EntityType.Method], (await store.GetTopEntitiesAsync(EntityType.Method)).Count);
        Assert.Equal(2, (await store.GetTopEntitiesAsync(EntityType.Method)).Single().Papers);
    }

    [ContractFact]
    public async Task Upsert_replaces_the_extracted_relations_of_an_updated_paper()
    {
        var store = await CreateStoreAsync();
        var title = "Deep Residual Learning";
        await store.UpsertAsync([PaperRecordBuilder.Paper(title).Uses("VGG").Reports("ImageNet", "top-1 error", 30).Build()]);

        await store.UpsertAsync([PaperRecordBuilder.Paper(title).Proposes("ResNet").Build()]);

        var paper = await store.GetPaperAsync(PaperRecordBuilder.Paper(title).Id);
        var link = Assert.Single(paper!.Entities);
        Assert.Equal("method:resnet", link.Entity.Key);
        Assert.Equal(RelationType.Proposes, link.Role);
        Assert.Empty(paper.Results);
    }

    [ContractFact]
    public async Task Upsert_accumulates_aliases_and_keeps_the_first_canonical_name()
    {
        var store = await CreateStoreAsync();
        await store.UpsertAsync([PaperRecordBuilder.Paper("Paper A").EvaluatedOn("MS COCO", null, "COCO").Build()]);
        await store.UpsertAsync([PaperRecordBuilder.Paper("Paper B").EvaluatedOn("MS-COCO", null, "Microsoft COCO").Build()]);

        var entity = await store.GetEntityAsync("dataset:mscoco");

        Assert.Equal("MS COCO", entity!.Entity.Name);
        Assert.Contains("COCO", entity.Aliases);
        Assert.Contains("MS-COCO", entity.Aliases);
        Assert.Contains("Microsoft COCO", entity.Aliases);
    }

    [ContractFact]
    public async Task Upsert_creates_an_absent_parent_for_a_variant()
    {
        var store = await CreateStoreAsync();

        await store.UpsertAsync([PaperRecordBuilder.Paper("Paper A").EvaluatedOn("ImageNet-1K", parent: "ImageNet").Build()]);

        var parent = await store.GetEntityAsync(EntityKey.For(EntityType.Dataset, "ImageNet"));
        Assert.Equal("ImageNet", parent!.Entity.Name);
        Assert.Equal("ImageNet-1K", Assert.Single(parent.Variants).Name);
    }

    [ContractFact]
    public async Task Upsert_of_an_empty_batch_changes_nothing()
    {
        var store = await CreateStoreAsync();

        var summary = await store.UpsertAsync([]);

        Assert.Equal(Core.Graph.UpsertSummary.Empty, summary);
        Assert.Equal(0, (await store.GetStatisticsAsync()).Papers);
    }

    [ContractFact]
    public async Task Initialize_is_safe_to_call_again()
    {
        var store = await StoreWithAsync(PaperRecordBuilder.Paper("Paper A").Proposes("ResNet"));

        await store.InitializeAsync();

        Assert.Equal(1, (await store.GetStatisticsAsync()).Papers);
    }
}
