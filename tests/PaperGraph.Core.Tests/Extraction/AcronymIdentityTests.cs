using PaperGraph.Core.Extraction;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Tests.Extraction;

public sealed class AcronymIdentityTests
{
    [Fact]
    public void Two_papers_defining_one_acronym_differently_give_two_entities()
    {
        var first = DefinedMethod("We propose Channel Alignment Routing (CAR), a module that aligns feature channels.", "CAR");
        var second = DefinedMethod("We introduce Contrastive Anchor Regularization (CAR) to stabilise pre-training.", "CAR");

        Assert.NotEqual(first.Key, second.Key);
    }

    [Fact]
    public void The_same_expansion_in_two_papers_gives_one_entity()
    {
        var first = DefinedMethod("We propose Channel Alignment Routing (CAR), a module that aligns feature channels.", "CAR");
        var second = DefinedMethod("Channel Alignment Routing (CAR) is added to every stage of our detector.", "CAR");

        Assert.Equal(first.Key, second.Key);
    }

    [Fact]
    public void A_defined_acronym_is_named_by_its_short_form_with_the_expansion_as_alias()
    {
        var entity = DefinedMethod("We propose Channel Alignment Routing (CAR), a module that aligns feature channels.", "CAR");

        Assert.Contains("Channel Alignment Routing", entity.Aliases);
        Assert.Equal(EntityKey.For(EntityType.Method, "Channel Alignment Routing"), entity.Key);
    }

    [Fact]
    public void A_coined_short_form_stays_a_global_name()
    {
        var entity = DefinedMethod("We propose the Stage Fusion Network (StageNet) for dense prediction.", "StageNet");

        Assert.Equal(EntityKey.For(EntityType.Method, "StageNet"), entity.Key);
    }

    [Fact]
    public void An_acronym_defined_for_something_else_is_not_the_known_entity()
    {
        var extraction = DefaultExtractor.Extract("We propose Multi-scale Interaction Pooling (MIP) for point clouds. MIP is cheap.");

        Assert.DoesNotContain(extraction.Entities, e => e.Name == "mixed-integer programming");
        Assert.Contains(extraction.Entities, e => e is { Type: EntityType.Method, Name: "MIP" });
    }

    [Fact]
    public void An_acronym_defined_with_its_known_expansion_stays_the_known_entity()
    {
        var extraction = DefaultExtractor.Extract("Scheduling is cast as mixed-integer programming (MIP), and MIP solvers are slow.");

        var task = Assert.Single(extraction.Entities, e => e.Type == EntityType.Task);
        Assert.Equal("mixed-integer programming", task.Name);
        Assert.Equal(EntityKey.For(EntityType.Task, "mixed-integer programming"), task.Key);
    }

    [Theory]
    [InlineData("RWKV-7", "RWKV")]
    [InlineData("YOLOv7", "YOLO")]
    [InlineData("LLaMA-2", "LLaMA")]
    public void A_version_is_a_variant_not_an_alias_of_the_unversioned_method(string version, string unversioned)
    {
        var extraction = DefaultExtractor.Extract($"We compare {version} with the original {unversioned} on long sequences.");

        var variant = Assert.Single(extraction.Entities, e => e.Name == version);
        var original = Assert.Single(extraction.Entities, e => e.Name == unversioned);
        Assert.Equal(unversioned, variant.Parent);
        Assert.DoesNotContain(version, original.Aliases);
        Assert.NotEqual(variant.Key, original.Key);
    }

    private static ExtractedEntity DefinedMethod(string text, string shortForm) =>
        Assert.Single(DefaultExtractor.Extract(text).Entities, e => e.Type == EntityType.Method && e.Name == shortForm);
}
