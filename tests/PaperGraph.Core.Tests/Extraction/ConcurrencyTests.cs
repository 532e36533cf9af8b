using PaperGraph.Core.Extraction;

namespace PaperGraph.Core.Tests.Extraction;

public sealed class ConcurrencyTests
{
    private static readonly string[] Texts =
    [
        "We propose Cross Stage Partial Network (CSPNet). It reaches 43.5% AP (65.7% AP50) on MS COCO.",
        "IMDB and Elec are for sentiment classification.",
        "Our cell achieves an error rate of 2.57% on CIFAR10 and 24.2% top-1 error on ImageNet.",
    ];

    [Fact]
    public void Parallel_extractions_with_one_instance_equal_sequential_ones()
    {
        var extractor = DefaultExtractor.Instance;
        var expected = Texts.Select(t => ExtractionReport.From("T", extractor.Extract("T", t)).ToJson()).ToList();

        var actual = new string[Texts.Length * 50];
        Parallel.For(0, actual.Length, i => actual[i] = ExtractionReport.From("T", extractor.Extract("T", Texts[i % Texts.Length])).ToJson());

        Assert.All(Enumerable.Range(0, actual.Length), i => Assert.Equal(expected[i % Texts.Length], actual[i]));
    }
}
