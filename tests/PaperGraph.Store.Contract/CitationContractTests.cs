using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;

namespace PaperGraph.Store.Contract;

public abstract partial class GraphStoreContractTests
{
    private static readonly CitedWork OutsideWork = new("Gradient-Based Learning Applied to Document Recognition", 1998, OpenAlexId: "W2112796928");

    [ContractFact]
    public async Task A_reference_outside_the_corpus_becomes_a_cites_edge_to_a_stub()
    {
        var paper = PaperRecordBuilder.Paper("Deep Residual Learning").Cites(OutsideWork);
        var store = await StoreWithAsync(paper);

        var link = Assert.Single(await store.GetPaperLinksAsync([paper.Id]));
        var statistics = await store.GetStatisticsAsync();

        Assert.Equal((paper.Id, RelationType.Cites), (link.Source.Id, link.Type));
        Assert.True(link.Target.IsStub);
        Assert.Equal((1, 1998), (link.Target.CitedBy, link.Target.Year));
        Assert.Equal((1, 1, 1), (statistics.Papers, statistics.StubPapers, statistics.Relations[RelationType.Cites]));
    }

    [ContractFact]
    public async Task A_stub_page_is_marked_as_a_stub()
    {
        var store = await StoreWithAsync(PaperRecordBuilder.Paper("Citing").Cites(OutsideWork));

        var stub = await store.GetPaperAsync(OutsideWork.ToStub().Id);

        Assert.True(stub!.Paper.IsStub);
        Assert.Equal(OutsideWork.Title, stub.Paper.Title);
    }

    [ContractFact]
    public async Task A_stub_is_filled_in_when_the_paper_itself_is_imported()
    {
        var cited = PaperRecordBuilder.Paper("Cited Later").InYear(2015);
        var store = await StoreWithAsync(PaperRecordBuilder.Paper("Citing").Cites(cited));

        var summary = await store.UpsertAsync([cited.WithAbstract("The full text of the cited paper.").Build()]);

        var page = await store.GetPaperAsync(cited.Id);
        Assert.False(page!.Paper.IsStub);
        Assert.Equal("The full text of the cited paper.", page.Paper.Abstract);
        Assert.Equal(1, summary.PapersAdded);
        Assert.Equal((2, 0), ((await store.GetStatisticsAsync()).Papers, (await store.GetStatisticsAsync()).StubPapers));
        Assert.Equal(cited.Id, Assert.Single(await store.GetPaperLinksAsync([cited.Id])).Target.Id);
    }

    [ContractFact]
    public async Task A_stub_never_overwrites_a_stored_paper()
    {
        var cited = PaperRecordBuilder.Paper("Stored First").WithAbstract("Stored abstract.");
        var store = await StoreWithAsync(cited);

        await store.UpsertAsync([PaperRecordBuilder.Paper("Citing").Cites(cited).Build()]);

        var page = await store.GetPaperAsync(cited.Id);
        Assert.False(page!.Paper.IsStub);
        Assert.Equal("Stored abstract.", page.Paper.Abstract);
    }

    [ContractFact]
    public async Task Reimported_references_replace_the_stored_ones()
    {
        var first = PaperRecordBuilder.Paper("First Cited");
        var second = PaperRecordBuilder.Paper("Second Cited");
        var store = await StoreWithAsync(PaperRecordBuilder.Paper("Citing").Cites(first).Cites(second));

        await store.UpsertAsync([PaperRecordBuilder.Paper("Citing").Cites(second).Build()]);

        var link = Assert.Single(await store.GetPaperLinksAsync([PaperRecordBuilder.Paper("Citing").Id]));
        Assert.Equal(second.Id, link.Target.Id);
    }

    [ContractFact]
    public async Task A_record_without_a_reference_list_keeps_the_stored_references()
    {
        var citing = PaperRecordBuilder.Paper("Citing");
        var store = await StoreWithAsync(PaperRecordBuilder.Paper("Citing").Cites(OutsideWork));

        await store.UpsertAsync([citing.Build()]);

        Assert.Single(await store.GetPaperLinksAsync([citing.Id]));
    }

    [ContractFact]
    public async Task An_empty_reference_list_removes_the_stored_references()
    {
        var store = await StoreWithAsync(PaperRecordBuilder.Paper("Citing").Cites(OutsideWork));

        await store.UpsertAsync([PaperRecordBuilder.Paper("Citing").WithReferenceList().Build()]);

        Assert.Empty(await store.GetPaperLinksAsync([PaperRecordBuilder.Paper("Citing").Id]));
    }

    [ContractFact]
    public async Task Citing_works_become_cites_edges_into_the_paper()
    {
        var paper = PaperRecordBuilder.Paper("Much Cited").CitedBy(OutsideWork);
        var store = await StoreWithAsync(paper);

        var link = Assert.Single(await store.GetPaperLinksAsync([paper.Id]));

        Assert.Equal((OutsideWork.ToStub().Id, paper.Id), (link.Source.Id, link.Target.Id));
        Assert.Equal(1, link.Target.CitedBy);
    }

    [ContractFact]
    public async Task Every_key_of_a_paper_finds_it()
    {
        var paper = PaperRecordBuilder.Paper("Many Ids").WithDoi("10.1/many").WithOpenAlexId("https://openalex.org/W42").InYear(2020);
        var store = await StoreWithAsync(paper);

        var found = await store.FindPapersByKeyAsync(["doi:10.1/many", "openalex:W42", "title:many-ids:2020", "s2:unknown"]);

        Assert.Equal(3, found.Count);
        Assert.All(found.Values, id => Assert.Equal(paper.Id, id));
    }

    [ContractFact]
    public async Task A_stub_is_found_by_its_keys()
    {
        var store = await StoreWithAsync(PaperRecordBuilder.Paper("Citing").Cites(OutsideWork));

        var found = await store.FindPapersByKeyAsync(["openalex:W2112796928"]);

        Assert.Equal(OutsideWork.ToStub().Id, found["openalex:W2112796928"]);
    }

    [ContractFact]
    public async Task A_record_without_an_abstract_enriches_the_paper_and_keeps_its_extraction()
    {
        var paper = PaperRecordBuilder.Paper("Deep Residual Learning").WithDoi("10.1/resnet").InYear(2016).Proposes("ResNet");
        var store = await StoreWithAsync(paper);

        await store.UpsertAsync([PaperRecordBuilder.Paper("Deep Residual Learning").WithDoi("10.1/resnet").WithoutAbstract()
            .WithOpenAlexId("W2194775991").Build()]);

        var page = (await store.GetPaperAsync(paper.Id))!;
        Assert.Equal("We study Deep Residual Learning.", page.Paper.Abstract);
        Assert.Equal("W2194775991", page.Paper.OpenAlexId);
        Assert.Equal(2016, page.Paper.Year);
        Assert.Contains(page.Entities, link => link.Entity.Name == "ResNet");
    }

    [ContractFact]
    public async Task Paper_links_show_derived_builds_on_beside_imported_citations()
    {
        var proposer = PaperRecordBuilder.Paper("Deep Residual Learning").Proposes("ResNet");
        var user = PaperRecordBuilder.Paper("Detection with ResNet").Uses("ResNet").Cites(proposer);
        var store = await StoreWithAsync(proposer, user);

        var links = await store.GetPaperLinksAsync([user.Id]);

        Assert.Equal([RelationType.BuildsOn, RelationType.Cites], links.Select(link => link.Type).Order());
        Assert.All(links, link => Assert.Equal((user.Id, proposer.Id, 1), (link.Source.Id, link.Target.Id, link.Target.CitedBy)));
    }

    [ContractFact]
    public async Task Paper_links_of_cites_only_scope_leave_out_derived_builds_on()
    {
        var proposer = PaperRecordBuilder.Paper("Deep Residual Learning").Proposes("ResNet");
        var user = PaperRecordBuilder.Paper("Detection with ResNet").Uses("ResNet").Cites(proposer);
        var other = PaperRecordBuilder.Paper("Segmentation with ResNet").Uses("ResNet");
        var store = await StoreWithAsync(proposer, user, other);

        var links = await store.GetPaperLinksAsync([proposer.Id], PaperLinkScope.CitesOnly);

        var link = Assert.Single(links);
        Assert.Equal((RelationType.Cites, user.Id, proposer.Id, 1), (link.Type, link.Source.Id, link.Target.Id, link.Target.CitedBy));
    }
}
