using PaperGraph.Core.Model;

namespace PaperGraph.Store.Contract;

public abstract partial class GraphStoreContractTests
{
    [ContractFact]
    public async Task Neighbourhood_of_a_paper_holds_its_entities_and_the_edges_to_them()
    {
        var paper = PaperRecordBuilder.Paper("Paper A").Proposes("ResNet").Reports("ImageNet", "top-1 error", 20);
        var store = await StoreWithAsync(paper, PaperRecordBuilder.Paper("Paper B").Uses("VGG"));

        var view = await store.GetNeighbourhoodAsync([paper.Id]);

        Assert.Equal(new[] { paper.Id, "dataset:imagenet", "method:resnet" }.Order(), view.Nodes.Select(n => n.Id).Order());
        Assert.Contains(view.Edges, e => e.Source == paper.Id && e.Target == "method:resnet" && e.Type == RelationType.Proposes);
        Assert.Contains(view.Edges, e => e.Source == paper.Id && e.Target == "dataset:imagenet" && e.Type == RelationType.Reports && e.Label != null);
    }

    [ContractFact]
    public async Task Neighbourhood_of_an_entity_holds_papers_and_variants()
    {
        var store = await StoreWithAsync(
            PaperRecordBuilder.Paper("Paper A").EvaluatedOn("ImageNet"),
            PaperRecordBuilder.Paper("Paper B").EvaluatedOn("ImageNet-1K", parent: "ImageNet"));

        var view = await store.GetNeighbourhoodAsync(["dataset:imagenet"]);

        Assert.Contains(view.Nodes, n => n.Kind == NodeKind.Paper && n.Label == "Paper A");
        Assert.Contains(view.Edges, e => e.Source == "dataset:imagenet1k" && e.Target == "dataset:imagenet" && e.Type == RelationType.VariantOf);
    }

    [ContractFact]
    public async Task Neighbourhood_keeps_the_best_connected_neighbours_within_the_limit()
    {
        var busy = PaperRecordBuilder.Paper("Busy").Uses("ResNet").Uses("VGG").EvaluatedOn("ImageNet");
        var store = await StoreWithAsync(busy, PaperRecordBuilder.Paper("Quiet").Uses("ResNet"));

        var view = await store.GetNeighbourhoodAsync(["method:resnet"], limit: 2);

        Assert.Equal(["method:resnet", busy.Id], view.Nodes.Select(n => n.Id));
        Assert.Equal(3, view.Nodes[1].Degree);
    }

    [ContractFact]
    public async Task Neighbourhood_of_unknown_ids_is_empty()
    {
        var store = await StoreWithAsync(PaperRecordBuilder.Paper("Paper A").Uses("ResNet"));

        var view = await store.GetNeighbourhoodAsync(["method:unknown"]);

        Assert.Empty(view.Nodes);
    }

    [ContractFact]
    public async Task Shortest_path_connects_papers_through_a_shared_entity()
    {
        var first = PaperRecordBuilder.Paper("Paper A").Uses("ResNet");
        var second = PaperRecordBuilder.Paper("Paper B").Uses("ResNet").EvaluatedOn("ImageNet");
        var store = await StoreWithAsync(first, second, PaperRecordBuilder.Paper("Paper C").EvaluatedOn("ImageNet"));

        var view = await store.GetShortestPathAsync(first.Id, "dataset:imagenet");

        Assert.Equal([first.Id, "method:resnet", second.Id, "dataset:imagenet"], view.Nodes.Select(n => n.Id));
        Assert.Equal(3, view.Edges.Count);
    }

    [ContractFact]
    public async Task Shortest_path_is_empty_when_unreachable()
    {
        var first = PaperRecordBuilder.Paper("Paper A").Uses("ResNet");
        var store = await StoreWithAsync(first, PaperRecordBuilder.Paper("Paper B").Uses("VGG"));

        var view = await store.GetShortestPathAsync(first.Id, "method:vgg");

        Assert.Empty(view.Nodes);
    }

    [ContractFact]
    public async Task Shortest_path_stops_at_the_hop_limit()
    {
        var first = PaperRecordBuilder.Paper("Paper A").Uses("ResNet");
        var second = PaperRecordBuilder.Paper("Paper B").Uses("ResNet").EvaluatedOn("ImageNet");
        var store = await StoreWithAsync(first, second);

        Assert.Empty((await store.GetShortestPathAsync(first.Id, "dataset:imagenet", maxHops: 2)).Nodes);
        Assert.Equal(4, (await store.GetShortestPathAsync(first.Id, "dataset:imagenet", maxHops: 3)).Nodes.Count);
    }
}
