using PaperGraph.Core.Model;

namespace PaperGraph.Store.Contract;

/// <summary>Two nodes of one paper (imported from two sources, matched later by a record holding both their keys)
/// merged into one.</summary>
public abstract partial class GraphStoreContractTests
{
    private const string Title = "Attention Is All You Need";

    private static PaperRecordBuilder FromCrossref() => PaperRecordBuilder.Paper(Title).WithDoi("10.1/attention").InYear(2017);

    private static PaperRecordBuilder FromOpenAlex() => PaperRecordBuilder.Paper(Title).WithOpenAlexId("W2963403868").InYear(2017);

    [ContractFact]
    public async Task Merge_keeps_one_node_found_by_every_key_with_every_external_id()
    {
        var store = await StoreWithAsync(FromCrossref(), FromOpenAlex().WithoutAbstract());

        var kept = await store.MergePapersAsync([FromOpenAlex().Id, FromCrossref().Id]);

        Assert.Equal(FromCrossref().Id, kept);
        Assert.Null(await store.GetPaperAsync(FromOpenAlex().Id));
        var page = (await store.GetPaperAsync(FromCrossref().Id))!;
        Assert.Equal(("10.1/attention", "W2963403868"), (page.Paper.Doi, page.Paper.OpenAlexId));
        var found = await store.FindPapersByKeyAsync(["doi:10.1/attention", "openalex:W2963403868"]);
        Assert.All(found.Values, id => Assert.Equal(kept, id));
        Assert.Equal(2, found.Count);
        Assert.Equal(1, (await store.GetStatisticsAsync()).Papers);
    }

    [ContractFact]
    public async Task Merge_moves_citations_both_ways_without_duplicates_or_self_citation()
    {
        var outside = PaperRecordBuilder.Paper("Sequence to Sequence Learning");
        var citing = PaperRecordBuilder.Paper("BERT").Cites(FromOpenAlex());
        var store = await StoreWithAsync(
            FromCrossref().Cites(outside).Cites(FromOpenAlex()),
            FromOpenAlex().Cites(outside).Cites(FromCrossref()),
            citing);

        await store.MergePapersAsync([FromCrossref().Id, FromOpenAlex().Id]);

        var links = await store.GetPaperLinksAsync([FromCrossref().Id]);
        var cites = links.Where(l => l.Type == RelationType.Cites).Select(l => (l.Source.Id, l.Target.Id)).ToList();
        Assert.Equal(
            new[] { (FromCrossref().Id, outside.Id), (citing.Id, FromCrossref().Id) }.Order(),
            cites.Order());
    }

    [ContractFact]
    public async Task Merge_leaves_the_extraction_once()
    {
        var store = await StoreWithAsync(FromCrossref().Proposes("Transformer"), FromOpenAlex().Proposes("Transformer"));

        await store.MergePapersAsync([FromCrossref().Id, FromOpenAlex().Id]);

        var page = (await store.GetPaperAsync(FromCrossref().Id))!;
        Assert.Single(page.Entities, link => link.Entity.Name == "Transformer");
        var top = Assert.Single(await store.GetTopEntitiesAsync(EntityType.Method), e => e.Entity.Name == "Transformer");
        Assert.Equal(1, top.Papers);
    }

    [ContractFact]
    public async Task Merging_a_stub_into_a_paper_leaves_no_stub_and_moves_its_citing_edge()
    {
        var citing = PaperRecordBuilder.Paper("BERT").Cites(FromOpenAlex());
        var store = await StoreWithAsync(citing, FromCrossref());

        var kept = await store.MergePapersAsync([FromOpenAlex().Id, FromCrossref().Id]);

        Assert.Equal(FromCrossref().Id, kept);
        var statistics = await store.GetStatisticsAsync();
        Assert.Equal((2, 0), (statistics.Papers, statistics.StubPapers));
        var link = Assert.Single(await store.GetPaperLinksAsync([citing.Id]));
        Assert.Equal((citing.Id, FromCrossref().Id), (link.Source.Id, link.Target.Id));
        Assert.False(link.Target.IsStub);
    }

    [ContractFact]
    public async Task Merging_unknown_ids_changes_nothing()
    {
        var store = await StoreWithAsync(FromCrossref());

        Assert.Null(await store.MergePapersAsync(["doi:10.1/nobody", "openalex:w0"]));
        Assert.Equal(1, (await store.GetStatisticsAsync()).Papers);
    }
}
