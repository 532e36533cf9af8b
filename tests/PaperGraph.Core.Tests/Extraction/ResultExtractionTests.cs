using PaperGraph.Core.Extraction;

namespace PaperGraph.Core.Tests.Extraction;

public sealed class ResultExtractionTests
{
    [Fact]
    public void Error_rates_on_two_datasets_give_two_results()
    {
        var extraction = DefaultExtractor.Extract(
            "Our searched cell achieves an error rate of 2.57% on CIFAR10 with only 0.1 GPU-days for search, and a top-1 error rate of 24.2% on ImageNet.");
        var scores = extraction.Results.Where(r => !r.IsCost).ToList();

        Assert.Contains(scores, r => r is { Dataset: "CIFAR-10", Metric: "error rate", Value: 2.57, Unit: "%" });
        Assert.Contains(scores, r => r is { Dataset: "ImageNet", Metric: "top-1 error", Value: 24.2, Unit: "%" });
        Assert.Equal(2, scores.Count);
    }

    [Fact]
    public void Ap_with_ap50_in_parentheses_gives_two_results()
    {
        var extraction = DefaultExtractor.Extract(
            "We achieve state-of-the-art results: 43.5% AP (65.7% AP50) for the MS COCO dataset.");

        Assert.Contains(extraction.Results, r => r is { Dataset: "COCO", Metric: "AP", Value: 43.5, Unit: "%" });
        Assert.Contains(extraction.Results, r => r is { Dataset: "COCO", Metric: "AP50", Value: 65.7, Unit: "%" });
        Assert.Equal(2, extraction.Results.Count);
    }

    [Theory]
    [InlineData("Our method improves accuracy by 2% on ImageNet.")]
    [InlineData("It reaches +1.2 AP over the baseline on COCO.")]
    [InlineData("The model is 2x faster with the same accuracy on CIFAR-10.")]
    [InlineData("It yields a 3.1% higher top-1 accuracy on ImageNet.")]
    [InlineData("We report the accuracy averaged over 3 runs on CIFAR-10.")]
    public void Relative_gain_is_not_a_result(string text)
    {
        var extraction = DefaultExtractor.Extract(text);

        Assert.Empty(extraction.Results);
    }

    [Fact]
    public void Result_keeps_its_sentence_and_number_span()
    {
        const string text = "We study detection. On COCO, our model reaches 50.5 AP.";

        var result = Assert.Single(DefaultExtractor.Extract(text).Results);

        Assert.Equal("50.5", result.Provenance.SpanOf(text));
        Assert.Equal("On COCO, our model reaches 50.5 AP.", result.Provenance.SentenceOf(text));
    }

    [Fact]
    public void Respectively_pairs_numbers_with_datasets_in_order()
    {
        var extraction = DefaultExtractor.Extract(
            "Our model reaches 91.3% and 84.2% accuracy on CIFAR-10 and CIFAR-100, respectively.");

        Assert.Equal(
            [("CIFAR-10", 91.3), ("CIFAR-100", 84.2)],
            extraction.Results.Select(r => (r.Dataset, r.Value)).ToList());
    }

    [Fact]
    public void Metric_falling_to_a_value_gives_that_value()
    {
        var extraction = DefaultExtractor.Extract("On LibriSpeech test-clean , WER drops to 1.9 % .");

        var result = Assert.Single(extraction.Results);
        Assert.Equal(("LibriSpeech", "WER", 1.9, "%"), (result.Dataset, result.Metric, result.Value, result.Unit));
    }

    [Fact]
    public void Metric_falling_by_an_amount_gives_no_result()
    {
        var extraction = DefaultExtractor.Extract("On LibriSpeech , WER drops 0.4 % with our decoder .");

        Assert.Empty(extraction.Results);
    }

    [Theory]
    [InlineData("On COCO, the AP of our detector reaches 51.2.")]
    [InlineData("Our detector achieves 51.2 AP on COCO.")]
    [InlineData("Our detector obtains an AP of 51.2 on COCO.")]
    [InlineData("Results on COCO: 51.2 AP for our detector.")]
    public void Common_sentence_shapes_give_the_result(string text)
    {
        var result = Assert.Single(DefaultExtractor.Extract(text).Results);

        Assert.Equal(("COCO", "AP", 51.2), (result.Dataset, result.Metric, result.Value));
    }
}
