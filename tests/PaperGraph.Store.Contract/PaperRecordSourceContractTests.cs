using PaperGraph.Core.Graph;
using PaperGraph.Core.Model;

namespace PaperGraph.Store.Contract;

public abstract partial class GraphStoreContractTests
{
    [ContractFact]
    public async Task Every_paper_is_read_once_across_pages()
    {
        var store = await StoreWithAsync(Enumerable.Range(0, 7).Select(i => PaperRecordBuilder.Paper($"Paper {i}").Proposes($"Net{i}")).ToArray());

        var ids = await ((IPaperRecordSource)store).ReadAllAsync(pageSize: 3).Select(record => record.Paper.Id).ToListAsync();

        Assert.Equal(7, ids.Distinct().Count());
        Assert.Equal(7, ids.Count);
    }

    [ContractFact]
    public async Task Records_read_back_skip_stubs_and_carry_roles_aliases_parents_and_results()
    {
        var cited = PaperRecordBuilder.Paper("Cited work");
        var paper = PaperRecordBuilder.Paper("Variants").WithAbstract("ResNet reaches 3.57% top-5 error on ImageNet-1K.")
            .Proposes("ResNet", "Residual Net").EvaluatedOn("ImageNet-1K", parent: "ImageNet")
            .Reports("ImageNet-1K", "top-5 error", 3.57).Cites(cited);
        var store = await StoreWithAsync(paper);

        var record = Assert.Single(await ((IPaperRecordSource)store).ReadAllAsync().ToListAsync());

        Assert.Equal((paper.Id, "Variants"), (record.Paper.Id, record.Paper.Title));
        var resnet = Assert.Single(record.Extraction.Entities, entity => entity.Key == "method:resnet");
        Assert.Equal(RelationType.Proposes, resnet.Role);
        Assert.Contains("Residual Net", resnet.Aliases);
        var dataset = Assert.Single(record.Extraction.Entities, entity => entity.Type == EntityType.Dataset);
        Assert.Equal(("ImageNet-1K", "ImageNet"), (dataset.Name, dataset.Parent));
        var result = Assert.Single(record.Extraction.Results);
        Assert.Equal(("ImageNet-1K", "top-5 error", 3.57), (result.Dataset, result.Metric, result.Value));
    }

    [ContractFact]
    public async Task Records_read_back_carry_every_cites_edge_once_with_stubs_marked()
    {
        var stored = PaperRecordBuilder.Paper("Stored and cited");
        var outside = new CitedWork("Gradient-Based Learning", 1998, OpenAlexId: "W2112796928");
        var citingStub = new CitedWork("A Later Survey", 2021, OpenAlexId: "W3000000001");
        var store = await StoreWithAsync(stored.CitedBy(citingStub), PaperRecordBuilder.Paper("Citing").Cites(stored).Cites(outside));

        var records = await ((IPaperRecordSource)store).ReadAllAsync(pageSize: 1).ToDictionaryAsync(r => r.Paper.Title);

        var references = records["Citing"].Citations!.References!;
        Assert.Equal(new[] { (outside.ToStub().Id, true), (stored.Id, false) }.OrderBy(p => p.Item1, StringComparer.Ordinal),
            references.Select(p => (p.Id, p.IsStub)).OrderBy(p => p.Item1, StringComparer.Ordinal));
        Assert.Equal(1998, references.Single(p => p.IsStub).Year);
        Assert.Empty(records["Citing"].Citations!.CitedBy);
        var citedBy = Assert.Single(records["Stored and cited"].Citations!.CitedBy);
        Assert.Equal((citingStub.ToStub().Id, true), (citedBy.Id, citedBy.IsStub));
        Assert.Empty(records["Stored and cited"].Citations!.References!);
    }
}
