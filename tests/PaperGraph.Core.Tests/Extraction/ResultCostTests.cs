namespace PaperGraph.Core.Tests.Extraction;

public sealed class ResultCostTests
{
    [Fact]
    public void Gpu_days_are_a_cost()
    {
        var extraction = DefaultExtractor.Extract("The search reaches 2.6% test error on CIFAR-10 and costs 1.5 GPU days.");

        var cost = Assert.Single(extraction.Results, r => r.IsCost);
        Assert.Equal(("GPU days", 1.5), (cost.Metric, cost.Value));
        Assert.False(Assert.Single(extraction.Results, r => !r.IsCost).IsCost);
    }

    [Fact]
    public void Gpu_hours_are_not_gpu_days()
    {
        var extraction = DefaultExtractor.Extract("Training on ImageNet takes 120 GPU hours.");

        Assert.Equal("GPU hours", Assert.Single(extraction.Results).Metric);
    }

    [Fact]
    public void Budget_spent_is_not_a_score()
    {
        var result = Assert.Single(DefaultExtractor.Extract("With only 10% of the labels, our model achieves 71.3% accuracy on CIFAR-10.").Results);

        Assert.Equal(71.3, result.Value);
    }
}
