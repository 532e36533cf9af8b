using PaperGraph.Core.Model;
using PaperGraph.Web.Services;

namespace PaperGraph.Web.Tests.Services;

public sealed class NodeLinksTests
{
    [Fact]
    public void A_doi_paper_id_keeps_its_slashes_and_colon()
    {
        Assert.Equal("/papers/doi:10.1/x", NodeLinks.Paper("doi:10.1/x"));
    }

    [Fact]
    public void Unsafe_characters_in_ids_are_escaped()
    {
        Assert.Equal("/papers/doi:10.1/a%3Cb%3E%3Fc%23d", NodeLinks.Paper("doi:10.1/a<b>?c#d"));
    }

    [Fact]
    public void Graph_links_escape_the_focus_id()
    {
        Assert.Equal("/graph?focus=doi%3A10.1%2Fx%26y", NodeLinks.Graph("doi:10.1/x&y"));
    }

    [Fact]
    public void Search_links_carry_text_and_kinds()
    {
        Assert.Equal("/search?q=MS%20COCO&kinds=Method,Dataset", NodeLinks.Search("MS COCO", [NodeKind.Dataset, NodeKind.Method]));
    }

    [Fact]
    public void Friendly_routes_imply_the_entity_type()
    {
        Assert.Equal(EntityType.Dataset, EntityRoutes.TypeOf("datasets/ImageNet"));
        Assert.Equal(EntityType.Metric, EntityRoutes.TypeOf("metrics/AP50"));
        Assert.Null(EntityRoutes.TypeOf("entities/dataset:imagenet"));
    }

    [Fact]
    public void Kind_filters_parse_case_insensitively_and_reject_unknown_names()
    {
        Assert.Equal(new HashSet<NodeKind> { NodeKind.Dataset, NodeKind.Paper }, NodeKindFilter.Parse("dataset, Paper"));
        Assert.Empty(NodeKindFilter.Parse(null)!);
        Assert.Null(NodeKindFilter.Parse("dataset,author"));
        Assert.Null(NodeKindFilter.Parse("7"));
    }
}
