using PaperGraph.Core.Graph;
using PaperGraph.Core.Model;

namespace PaperGraph.Store.Contract;

public abstract partial class GraphStoreContractTests
{
    [ContractFact]
    public async Task Edges_among_returns_relations_between_given_nodes_only()
    {
        var paper = PaperRecordBuilder.Paper("Paper A").Proposes("ResNet").Reports("ImageNet", "top-1 error", 20);
        var store = await StoreWithAsync(paper, PaperRecordBuilder.Paper("Paper B").Uses("ResNet"));

        var edges = await store.GetEdgesAmongAsync([paper.Id, "dataset:imagenet", "method:unknown"]);

        Assert.All(edges, e => Assert.True(e.Source == paper.Id && e.Target == "dataset:imagenet"));
        Assert.Contains(edges, e => e.Type == RelationType.EvaluatedOn);
        Assert.Contains(edges, e => e.Type == RelationType.Reports && e.Label != null);
    }

    [ContractFact]
    public async Task Edges_among_includes_variant_and_builds_on_links()
    {
        var proposer = PaperRecordBuilder.Paper("Deep Residual Learning").Proposes("ResNet");
        var user = PaperRecordBuilder.Paper("Object Detection with ResNet").Uses("ResNet").EvaluatedOn("ImageNet-1K", parent: "ImageNet");
        var store = await StoreWithAsync(proposer, user, PaperRecordBuilder.Paper("Classifier").EvaluatedOn("ImageNet"));

        var edges = await store.GetEdgesAmongAsync([proposer.Id, user.Id, "dataset:imagenet1k", "dataset:imagenet"]);

        Assert.Contains(edges, e => e.Source == user.Id && e.Target == proposer.Id && e.Type == RelationType.BuildsOn);
        Assert.Contains(edges, e => e.Source == "dataset:imagenet1k" && e.Target == "dataset:imagenet" && e.Type == RelationType.VariantOf);
        Assert.DoesNotContain(edges, e => e.Target == "method:resnet");
    }

    [ContractFact]
    public async Task Edges_among_match_the_edges_of_a_neighbourhood()
    {
        var paper = PaperRecordBuilder.Paper("Paper A").Proposes("ResNet").Reports("ImageNet", "top-1 error", 20);
        var store = await StoreWithAsync(paper, PaperRecordBuilder.Paper("Paper B").Uses("ResNet").EvaluatedOn("ImageNet"));
        var view = await store.GetNeighbourhoodAsync([paper.Id]);

        var edges = await store.GetEdgesAmongAsync([.. view.Nodes.Select(n => n.Id)]);

        Assert.Equal(view.Edges.OrderBy(e => (e.Source, e.Target, e.Type)), edges.OrderBy(e => (e.Source, e.Target, e.Type)));
    }

    [ContractFact]
    public async Task Edges_among_an_empty_set_is_empty()
    {
        var store = await StoreWithAsync(PaperRecordBuilder.Paper("Paper A").Uses("ResNet"));

        Assert.Empty(await store.GetEdgesAmongAsync([]));
    }

    [ContractFact]
    public async Task Edges_among_rejects_more_ids_than_its_bound()
    {
        var store = await StoreWithAsync(PaperRecordBuilder.Paper("Paper A").Uses("ResNet"));
        var ids = Enumerable.Range(0, IGraphStore.MaxEdgesAmongNodes + 1).Select(i => $"method:m{i}").ToList();

        await Assert.ThrowsAsync<ArgumentException>(() => store.GetEdgesAmongAsync(ids));
    }
}
