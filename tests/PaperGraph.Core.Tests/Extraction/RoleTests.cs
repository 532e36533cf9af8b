using PaperGraph.Core.Model;

namespace PaperGraph.Core.Tests.Extraction;

public sealed class RoleTests
{
    private const string Text =
        "We propose HieraEdgeNet, a multi-scale detector. Models are pre-trained on ImageNet-21K. "
        + "HieraEdgeNet outperforms YOLOv7 and RT-DETR on the COCO dataset.";

    [Fact]
    public void Proposed_method_is_proposed_and_compared_methods_are_used()
    {
        var entities = DefaultExtractor.Extract(Text).Entities;

        Assert.Equal(RelationType.Proposes, entities.Single(e => e.Name == "HieraEdgeNet").Role);
        Assert.Equal(RelationType.Uses, entities.Single(e => e.Name == "YOLOv7").Role);
        Assert.Equal(RelationType.Uses, entities.Single(e => e.Name == "RT-DETR").Role);
    }

    [Fact]
    public void Dataset_used_only_for_pre_training_is_mentioned_and_benchmark_is_evaluated_on()
    {
        var entities = DefaultExtractor.Extract(Text).Entities;

        Assert.Equal(RelationType.Mentions, entities.Single(e => e.Name == "ImageNet-21K").Role);
        Assert.Equal(RelationType.EvaluatedOn, entities.Single(e => e.Name == "COCO").Role);
    }

    [Fact]
    public void Name_before_the_title_colon_is_proposed()
    {
        var entities = DefaultExtractor.Instance.Extract("SineNet: Learning Temporal Dynamics", "We study U-Net models for PDEs.").Entities;

        Assert.Equal(RelationType.Proposes, entities.Single(e => e.Name == "SineNet").Role);
        Assert.Equal(RelationType.Uses, entities.Single(e => e.Name == "U-Net").Role);
    }

    [Fact]
    public void Dataset_the_paper_introduces_and_evaluates_on_is_proposed_and_evaluated_on()
    {
        var entities = DefaultExtractor.Extract(
            "Experiments on CIFAR-100 and on a newly curated benchmark, Street-Sign-Scenes (SSS), show gains.").Entities;

        var introduced = entities.Single(e => e.Type == EntityType.Dataset && e.Name == "SSS");
        Assert.Equal(RelationType.Proposes, introduced.Role);
        Assert.True(introduced.Has(RelationType.EvaluatedOn));
        Assert.Contains("Street-Sign-Scenes", introduced.Aliases);
    }

    [Fact]
    public void Task_named_only_in_the_title_is_addressed_without_mentions()
    {
        var entities = DefaultExtractor.Instance.Extract("Fast Architectures for Video Recognition", "We design a family of efficient networks.").Entities;

        var task = Assert.Single(entities, e => e.Type == EntityType.Task);
        Assert.Equal("video recognition", task.Name);
        Assert.Equal(RelationType.Addresses, task.Role);
        Assert.Empty(task.Mentions);
    }
}
