using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;

namespace PaperGraph.Store.Contract;

public abstract partial class GraphStoreContractTests
{
    private Task<Core.Graph.IGraphStore> SearchableStoreAsync() => StoreWithAsync(
        PaperRecordBuilder.Paper("Deep Residual Learning").WithAbstract("Residual networks are easier to optimize.").Proposes("ResNet"),
        PaperRecordBuilder.Paper("Attention Is All You Need").WithAbstract("The Transformer relies on attention.").Proposes("Transformer"),
        PaperRecordBuilder.Paper("Object Detection").EvaluatedOn("MS COCO", null, "Common Objects in Context"));

    [ContractFact]
    public async Task Search_finds_a_paper_by_a_title_word()
    {
        var store = await SearchableStoreAsync();

        var hits = await store.SearchAsync(new SearchQuery("attention", Prefix: false));

        Assert.Contains(hits, hit => hit.Kind == NodeKind.Paper && hit.Label == "Attention Is All You Need");
    }

    [ContractFact]
    public async Task Search_finds_a_paper_by_an_abstract_word()
    {
        var store = await SearchableStoreAsync();

        var hits = await store.SearchAsync(new SearchQuery("optimize", Prefix: false));

        Assert.Equal("Deep Residual Learning", Assert.Single(hits).Label);
    }

    [ContractFact]
    public async Task Search_finds_an_entity_by_an_alias()
    {
        var store = await SearchableStoreAsync();

        var hits = await store.SearchAsync(new SearchQuery("common objects", new HashSet<NodeKind> { NodeKind.Dataset }, Prefix: false));

        Assert.Equal("dataset:mscoco", Assert.Single(hits).NodeId);
    }

    [ContractFact]
    public async Task Search_matches_the_last_word_as_a_prefix()
    {
        var store = await SearchableStoreAsync();

        var hits = await store.SearchAsync(new SearchQuery("Transfor"));

        Assert.Contains(hits, hit => hit.NodeId == "method:transformer");
    }

    [ContractFact]
    public async Task Search_without_prefix_matches_whole_words_only()
    {
        var store = await SearchableStoreAsync();

        var hits = await store.SearchAsync(new SearchQuery("Transfor", Prefix: false));

        Assert.Empty(hits);
    }

    [ContractFact]
    public async Task Search_filters_by_kind()
    {
        var store = await SearchableStoreAsync();

        var hits = await store.SearchAsync(new SearchQuery("resnet", new HashSet<NodeKind> { NodeKind.Method }));

        Assert.All(hits, hit => Assert.Equal(NodeKind.Method, hit.Kind));
        Assert.Equal("method:resnet", Assert.Single(hits).NodeId);
    }

    [ContractFact]
    public async Task Search_ranks_better_matches_first()
    {
        var store = await SearchableStoreAsync();

        var hits = await store.SearchAsync(new SearchQuery("residual", Prefix: false));

        Assert.True(hits.Zip(hits.Skip(1)).All(pair => pair.First.Score >= pair.Second.Score));
    }

    [ContractFact]
    public async Task Search_respects_the_limit()
    {
        var store = await StoreWithAsync(Enumerable.Range(1, 5).Select(i => PaperRecordBuilder.Paper($"Graph paper {i}")).ToArray());

        var hits = await store.SearchAsync(new SearchQuery("graph", Limit: 3));

        Assert.Equal(3, hits.Count);
    }

    /// <summary>Each input would change the meaning of a raw FTS or SQL query; as words it matches only
    /// what those words match.</summary>
    [ContractTheory]
    [InlineData("\"", null)]
    [InlineData("*", null)]
    [InlineData("NEAR(", null)]
    [InlineData("') OR 1=1 --", null)]
    [InlineData("<script>alert(1)</script>", null)]
    [InlineData("label:attention", null)]
    [InlineData("attention\" OR \"residual", null)]
    [InlineData("^attention", "Attention Is All You Need")]
    [InlineData("(attention)*", "Attention Is All You Need")]
    [InlineData("", null)]
    public async Task Search_treats_hostile_text_as_words(string text, string? onlyPaper)
    {
        var store = await SearchableStoreAsync();

        var hits = await store.SearchAsync(new SearchQuery(text, new HashSet<NodeKind> { NodeKind.Paper }));

        Assert.Equal(onlyPaper is null ? [] : [onlyPaper], hits.Select(hit => hit.Label));
    }

    [ContractFact]
    public async Task Search_for_an_operator_word_finds_it_as_text()
    {
        var store = await StoreWithAsync(PaperRecordBuilder.Paper("Near duplicate detection"));

        var hits = await store.SearchAsync(new SearchQuery("NEAR(", Prefix: false));

        Assert.Equal("Near duplicate detection", Assert.Single(hits).Label);
    }

    [ContractFact]
    public async Task Search_finds_the_new_text_of_an_updated_paper_and_not_the_old()
    {
        var store = await StoreWithAsync(PaperRecordBuilder.Paper("Paper A").WithAbstract("About alpaca herding."));

        await store.UpsertAsync([PaperRecordBuilder.Paper("Paper A").WithAbstract("About beluga whales.").Build()]);

        Assert.Empty(await store.SearchAsync(new SearchQuery("alpaca", Prefix: false)));
        Assert.Equal("Paper A", Assert.Single(await store.SearchAsync(new SearchQuery("beluga", Prefix: false))).Label);
    }

    [ContractFact]
    public async Task Search_finds_an_alias_added_by_a_later_paper()
    {
        var store = await StoreWithAsync(PaperRecordBuilder.Paper("Paper A").EvaluatedOn("MS COCO"));

        await store.UpsertAsync([PaperRecordBuilder.Paper("Paper B").EvaluatedOn("MS COCO", null, "Common Objects in Context").Build()]);

        var hits = await store.SearchAsync(new SearchQuery("common objects", new HashSet<NodeKind> { NodeKind.Dataset }, Prefix: false));
        Assert.Equal("dataset:mscoco", Assert.Single(hits).NodeId);
    }

    [ContractFact]
    public async Task Search_hit_of_a_paper_has_a_plain_text_snippet_with_the_word()
    {
        var store = await StoreWithAsync(PaperRecordBuilder.Paper("Paper A")
            .WithAbstract("We study many things. Among them, <b>capsule</b> networks route features between layers."));

        var hit = Assert.Single(await store.SearchAsync(new SearchQuery("capsule", Prefix: false)));

        Assert.Contains("capsule", hit.Snippet);
        Assert.Contains("<b>", hit.Snippet);
    }
}
