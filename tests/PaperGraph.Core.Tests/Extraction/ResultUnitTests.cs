namespace PaperGraph.Core.Tests.Extraction;

public sealed class ResultUnitTests
{
    [Fact]
    public void Percentage_metric_written_without_percent_sign_is_in_percent()
    {
        var result = Assert.Single(DefaultExtractor.Extract("Our model obtains a top-1 accuracy of 76.5 on ImageNet.").Results);

        Assert.Equal((76.5, "%"), (result.Value, result.Unit));
    }

    [Fact]
    public void Fraction_of_a_percentage_metric_stays_a_fraction()
    {
        var result = Assert.Single(DefaultExtractor.Extract("The classifier reaches an AUC of 0.93 on CheXpert.").Results);

        Assert.Equal((0.93, ""), (result.Value, result.Unit));
    }

    [Fact]
    public void Metric_that_is_no_percentage_keeps_no_unit()
    {
        var result = Assert.Single(DefaultExtractor.Extract("Our sampler attains an FID of 12.5 on CIFAR-10.").Results);

        Assert.Equal("", result.Unit);
    }

    [Fact]
    public void A_number_keeps_the_form_the_sentence_writes_it_in()
    {
        var result = Assert.Single(DefaultExtractor.Extract("Our model reaches 90.0% top-1 accuracy on ImageNet.").Results);

        Assert.Equal((90.0, "90.0"), (result.Value, result.WrittenValue));
    }
}
