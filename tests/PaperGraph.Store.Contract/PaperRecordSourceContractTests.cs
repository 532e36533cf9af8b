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
}
