namespace PaperGraph.Core.Tests.Extraction;

public sealed class ResultQualifierTests
{
    [Theory]
    [InlineData("Our pruned network keeps >75% top-1 accuracy on ImageNet.")]
    [InlineData("Our pruned network keeps more than 75% top-1 accuracy on ImageNet.")]
    [InlineData("Our pruned network keeps over 75% top-1 accuracy on ImageNet.")]
    public void Bound_gets_a_greater_than_qualifier(string text)
    {
        var result = Assert.Single(DefaultExtractor.Extract(text).Results);

        Assert.Equal((75.0, ">"), (result.Value, result.Qualifier));
    }

    [Fact]
    public void At_least_gets_a_greater_or_equal_qualifier()
    {
        var result = Assert.Single(DefaultExtractor.Extract("The agent reaches a success rate of at least 90% on Meta-World.").Results);

        Assert.Equal("≥", result.Qualifier);
    }

    [Fact]
    public void Below_gets_a_less_than_qualifier()
    {
        var result = Assert.Single(DefaultExtractor.Extract("Our recogniser keeps the WER below 3% on LibriSpeech.").Results);

        Assert.Equal((3.0, "<"), (result.Value, result.Qualifier));
    }

    [Fact]
    public void Metric_approaching_a_value_is_an_approximate_result()
    {
        var result = Assert.Single(DefaultExtractor.Extract("On CIFAR-100, the test accuracy of our smallest model approaches 70%.").Results);

        Assert.Equal(("CIFAR-100", "accuracy", 70.0, "≈"), (result.Dataset, result.Metric, result.Value, result.Qualifier));
    }

    [Fact]
    public void Exact_value_has_no_qualifier()
    {
        var result = Assert.Single(DefaultExtractor.Extract("Our model achieves 82.4% top-1 accuracy on ImageNet.").Results);

        Assert.Equal("", result.Qualifier);
    }

    [Theory]
    [InlineData("Our method improves top-1 accuracy by more than 2% on ImageNet.")]
    [InlineData("Our method outperforms the baseline by over 1.5 AP on COCO.")]
    public void Gain_by_more_than_a_value_is_still_not_a_result(string text) =>
        Assert.Empty(DefaultExtractor.Extract(text).Results);
}
