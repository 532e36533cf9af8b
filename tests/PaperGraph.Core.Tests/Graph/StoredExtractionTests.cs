using PaperGraph.Core.Graph;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Tests.Graph;

public sealed class StoredExtractionTests
{
    private const string Text = "ResNet reaches 3.57% top-5 error on ImageNet.";

    private static readonly Dictionary<int, StoredEntityNames> Entities = new()
    {
        [1] = new("method:resnet", EntityType.Method, "ResNet", ["ResNet", "Residual Network"], null),
        [2] = new("dataset:imagenet1k", EntityType.Dataset, "ImageNet-1K", ["ImageNet-1K", "ImageNet"], "ILSVRC"),
    };

    [Fact]
    public void An_entity_with_several_roles_takes_the_first_by_name_and_keeps_the_rest()
    {
        var extraction = StoredExtraction.Rebuild(Text, Entities, [(2, RelationType.Uses), (2, RelationType.EvaluatedOn)], [], []);

        var entity = Assert.Single(extraction.Entities);
        Assert.Equal(RelationType.EvaluatedOn, entity.Role);
        Assert.Equal([RelationType.Uses], entity.AdditionalRoles);
    }

    [Fact]
    public void Names_parent_and_mention_spans_come_back_with_the_entity()
    {
        var extraction = StoredExtraction.Rebuild(Text, Entities, [(2, RelationType.EvaluatedOn)], [], [(2, 36, 44)]);

        var entity = Assert.Single(extraction.Entities);
        Assert.Equal(("ImageNet-1K", "ILSVRC"), (entity.Name, entity.Parent));
        Assert.Equal(["ImageNet"], entity.Aliases);
        Assert.Equal("ImageNet", Assert.Single(entity.Mentions).Text);
    }

    [Fact]
    public void Mentions_of_entities_without_a_role_are_loose_mentions()
    {
        var extraction = StoredExtraction.Rebuild(Text, Entities, [(2, RelationType.EvaluatedOn)], [], [(1, 0, 6), (2, 36, 44)]);

        Assert.Equal("ResNet", Assert.Single(extraction.Mentions).Text);
    }

    [Fact]
    public void Links_and_mentions_of_unknown_entities_are_left_out()
    {
        var extraction = StoredExtraction.Rebuild(Text, Entities, [(9, RelationType.Uses)], [], [(9, 0, 6)]);

        Assert.Empty(extraction.Entities);
        Assert.Empty(extraction.Mentions);
    }

    [Fact]
    public void A_span_outside_the_text_falls_back_to_the_entity_name()
    {
        var extraction = StoredExtraction.Rebuild(Text, Entities, [(1, RelationType.Proposes)], [], [(1, 40, 400)]);

        Assert.Equal("ResNet", Assert.Single(Assert.Single(extraction.Entities).Mentions).Text);
    }
}
