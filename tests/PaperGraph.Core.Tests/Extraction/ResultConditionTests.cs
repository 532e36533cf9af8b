namespace PaperGraph.Core.Tests.Extraction;

public sealed class ResultConditionTests
{
    [Fact]
    public void Result_keeps_its_few_shot_condition()
    {
        var result = Assert.Single(DefaultExtractor.Extract("Our learner reaches 61.2% 10-shot accuracy on CUB-200.").Results);

        Assert.Equal("10-shot", result.Condition);
    }

    [Fact]
    public void Result_keeps_the_setting_phrase_before_it()
    {
        var result = Assert.Single(DefaultExtractor.Extract("In the 10-shot regime, our learner reaches 61.2% accuracy on CUB-200.").Results);

        Assert.Equal("In the 10-shot regime", result.Condition);
    }

    [Fact]
    public void Result_keeps_its_zero_shot_condition()
    {
        var result = Assert.Single(DefaultExtractor.Extract("Our model attains a zero-shot top-1 accuracy of 71.5% on ImageNet.").Results);

        Assert.Equal(("top-1 accuracy", "zero-shot"), (result.Metric, result.Condition));
    }

    [Fact]
    public void Result_keeps_its_label_fraction_condition()
    {
        var result = Assert.Single(DefaultExtractor.Extract("With 1% of the labels, the classifier obtains 63.4% top-1 accuracy on ImageNet.").Results);

        Assert.Equal("With 1% of the labels", result.Condition);
    }

    [Fact]
    public void Result_keeps_its_backbone_condition_written_after_it()
    {
        var result = Assert.Single(DefaultExtractor.Extract("The detector reaches 47.1 AP on COCO using a ResNet-101 backbone.").Results);

        Assert.Equal("using a ResNet-101 backbone", result.Condition);
    }

    [Fact]
    public void Listed_condition_is_split_over_numbers_listed_respectively()
    {
        var extraction = DefaultExtractor.Extract(
            "The student achieves top-1 accuracies of 52.3, 60.8 and 66.1 on ImageNet with 2, 4, or 8 views per image, respectively.");

        Assert.Equal(
            ["with 2 views per image", "with 4 views per image", "with 8 views per image"],
            extraction.Results.Select(r => r.Condition).ToList());
    }

    [Fact]
    public void Phrase_naming_no_count_noun_or_method_is_no_condition()
    {
        var result = Assert.Single(DefaultExtractor.Extract("With a simple design, our network achieves 79.9% top-1 accuracy on ImageNet.").Results);

        Assert.Null(result.Condition);
    }

    [Fact]
    public void Condition_of_another_clause_is_not_taken()
    {
        var extraction = DefaultExtractor.Extract(
            "We obtain 45.2 AP on COCO, and with 8 GPUs the model reaches 80.1% top-1 accuracy on ImageNet.");

        Assert.Null(Assert.Single(extraction.Results, r => r.Dataset == "COCO").Condition);
    }
}
