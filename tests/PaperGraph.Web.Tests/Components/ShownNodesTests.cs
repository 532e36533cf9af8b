using PaperGraph.Web.Components.Graph;

namespace PaperGraph.Web.Tests.Components;

public sealed class ShownNodesTests
{
    [Fact]
    public void Given_nodes_are_joined_by_the_latest_shown_up_to_the_bound()
    {
        var shown = new ShownNodes();
        shown.Add(["a", "b", "c"]);
        shown.Add(["d", "b"]);

        Assert.Equal(["c", "d", "x"], shown.WithLatest(["x"], max: 3).Order());
    }

    [Fact]
    public void Clearing_forgets_every_shown_node()
    {
        var shown = new ShownNodes();
        shown.Add(["a", "b"]);

        shown.Clear();

        Assert.Equal(["x"], shown.WithLatest(["x"], max: 10));
    }
}
