using PaperGraph.Core.Model;

namespace PaperGraph.Store.Contract;

public abstract partial class GraphStoreContractTests
{
    [ContractFact]
    public async Task Resolve_finds_entity_by_key()
    {
        var store = await StoreWithAsync(PaperRecordBuilder.Paper("Paper A").EvaluatedOn("CIFAR-10"));

        var entity = await store.ResolveEntityAsync("dataset:cifar10");

        Assert.Equal("CIFAR-10", entity!.Name);
    }

    [ContractFact]
    public async Task Resolve_finds_entity_by_alias()
    {
        var store = await StoreWithAsync(PaperRecordBuilder.Paper("Paper A").EvaluatedOn("MS COCO", null, "COCO"));

        var entity = await store.ResolveEntityAsync("COCO");

        Assert.Equal("dataset:mscoco", entity!.Key);
    }

    [ContractFact]
    public async Task Resolve_ignores_case_and_punctuation()
    {
        var store = await StoreWithAsync(PaperRecordBuilder.Paper("Paper A").EvaluatedOn("CIFAR-10"));

        var entity = await store.ResolveEntityAsync("cifar10");

        Assert.Equal("dataset:cifar10", entity!.Key);
    }

    [ContractFact]
    public async Task Resolve_prefers_a_dataset_when_no_type_is_given()
    {
        var store = await StoreWithAsync(
            PaperRecordBuilder.Paper("Paper A").Proposes("Kinetics"),
            PaperRecordBuilder.Paper("Paper B").EvaluatedOn("Kinetics"));

        var entity = await store.ResolveEntityAsync("kinetics");

        Assert.Equal(EntityType.Dataset, entity!.Type);
    }

    [ContractFact]
    public async Task Resolve_respects_the_requested_type()
    {
        var store = await StoreWithAsync(
            PaperRecordBuilder.Paper("Paper A").Proposes("Kinetics"),
            PaperRecordBuilder.Paper("Paper B").EvaluatedOn("Kinetics"));

        var entity = await store.ResolveEntityAsync("Kinetics", EntityType.Method);

        Assert.Equal("method:kinetics", entity!.Key);
    }

    [ContractFact]
    public async Task Resolve_returns_null_for_an_unknown_name()
    {
        var store = await StoreWithAsync(PaperRecordBuilder.Paper("Paper A").EvaluatedOn("CIFAR-10"));

        Assert.Null(await store.ResolveEntityAsync("SVHN"));
        Assert.Null(await store.ResolveEntityAsync("--"));
    }

    [ContractFact]
    public async Task Entity_page_lists_aliases_parent_and_variants()
    {
        var store = await StoreWithAsync(
            PaperRecordBuilder.Paper("Paper A").EvaluatedOn("ImageNet", null, "ILSVRC"),
            PaperRecordBuilder.Paper("Paper B").EvaluatedOn("ImageNet-1K", parent: "ImageNet"));

        var parent = await store.GetEntityAsync("dataset:imagenet");
        var variant = await store.GetEntityAsync("dataset:imagenet1k");

        Assert.Equal(["ILSVRC"], parent!.Aliases);
        Assert.Null(parent.Parent);
        Assert.Equal("dataset:imagenet1k", Assert.Single(parent.Variants).Key);
        Assert.Equal("dataset:imagenet", variant!.Parent!.Key);
    }

    [ContractFact]
    public async Task Entity_page_lists_papers_with_their_role()
    {
        var proposer = PaperRecordBuilder.Paper("Paper A").Proposes("ResNet");
        var user = PaperRecordBuilder.Paper("Paper B").Uses("ResNet");
        var store = await StoreWithAsync(proposer, user);

        var entity = await store.GetEntityAsync("method:resnet");

        var roles = entity!.Papers.ToDictionary(link => link.Paper.Id, link => link.Role);
        Assert.Equal(RelationType.Proposes, roles[proposer.Id]);
        Assert.Equal(RelationType.Uses, roles[user.Id]);
    }

    [ContractFact]
    public async Task Entity_page_caps_papers_but_counts_them_all()
    {
        var store = await StoreWithAsync(Enumerable.Range(1, 5).Select(i => PaperRecordBuilder.Paper($"Paper {i}").Uses("ResNet")).ToArray());

        var entity = await store.GetEntityAsync("method:resnet", paperLimit: 2);

        Assert.Equal(2, entity!.Papers.Select(link => link.Paper.Id).Distinct().Count());
        Assert.Equal(5, entity.TotalPapers);
    }

    [ContractFact]
    public async Task Entity_page_counts_co_occurring_entities()
    {
        var store = await StoreWithAsync(
            PaperRecordBuilder.Paper("Paper A").Uses("ResNet").EvaluatedOn("ImageNet"),
            PaperRecordBuilder.Paper("Paper B").Uses("ResNet").EvaluatedOn("ImageNet").EvaluatedOn("CIFAR-10"),
            PaperRecordBuilder.Paper("Paper C").EvaluatedOn("CIFAR-10"));

        var entity = await store.GetEntityAsync("method:resnet");

        var counts = entity!.CoOccurring.ToDictionary(count => count.Entity.Key, count => count.Papers);
        Assert.Equal(2, counts["dataset:imagenet"]);
        Assert.Equal(1, counts["dataset:cifar10"]);
        Assert.Equal("dataset:imagenet", entity.CoOccurring[0].Entity.Key);
    }

    [ContractFact]
    public async Task Entity_page_is_null_for_an_unknown_key()
    {
        var store = await StoreWithAsync(PaperRecordBuilder.Paper("Paper A").Uses("ResNet"));

        Assert.Null(await store.GetEntityAsync("method:vgg"));
    }

    [ContractFact]
    public async Task Top_entities_rank_by_number_of_papers()
    {
        var store = await StoreWithAsync(
            PaperRecordBuilder.Paper("Paper A").Uses("ResNet").Uses("VGG"),
            PaperRecordBuilder.Paper("Paper B").Uses("ResNet"),
            PaperRecordBuilder.Paper("Paper C").Proposes("ResNet").EvaluatedOn("CIFAR-10"));

        var top = await store.GetTopEntitiesAsync(EntityType.Method, limit: 1);

        var first = Assert.Single(top);
        Assert.Equal("method:resnet", first.Entity.Key);
        Assert.Equal(3, first.Papers);
    }

    [ContractFact]
    public async Task An_acronym_defined_two_ways_is_two_entities()
    {
        var store = await StoreWithAsync(
            PaperRecordBuilder.Paper("Paper A").UsesAcronym("CA", "Coordinate Attention"),
            PaperRecordBuilder.Paper("Paper B").UsesAcronym("CA", "Conflict-Aware Sparsification"));

        var attention = await store.ResolveEntityAsync("Coordinate Attention");
        var sparsification = await store.ResolveEntityAsync("Conflict-Aware Sparsification");

        Assert.Equal("method:coordinateattention", attention!.Key);
        Assert.Equal("method:conflictawaresparsification", sparsification!.Key);
        Assert.Equal("CA", attention.Name);
    }

    [ContractFact]
    public async Task An_acronym_defined_the_same_way_twice_is_one_entity()
    {
        var store = await StoreWithAsync(
            PaperRecordBuilder.Paper("Paper A").UsesAcronym("CA", "Coordinate Attention"),
            PaperRecordBuilder.Paper("Paper B").UsesAcronym("CA", "coordinate attention"));

        var entity = await store.GetEntityAsync("method:coordinateattention");

        Assert.Equal(2, entity!.TotalPapers);
    }
}
