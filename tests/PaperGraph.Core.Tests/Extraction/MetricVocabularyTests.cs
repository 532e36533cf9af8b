using PaperGraph.Core.Extraction.Knowledge;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Tests.Extraction;

public sealed class MetricVocabularyTests
{
    private static readonly MetricVocabulary Metrics = MetricVocabulary.Default;

    [Theory]
    [InlineData("top-1 error rate", "top-1 error")]
    [InlineData("Top-1", "top-1 accuracy")]
    [InlineData("top-1 acc.", "top-1 accuracy")]
    [InlineData("test error", "error rate")]
    public void Spelling_maps_to_its_canonical_metric(string spelling, string canonical) =>
        Assert.Equal(canonical, Metrics.Canonical(spelling));

    [Fact]
    public void Top1_error_rate_is_top1_error()
    {
        var result = Assert.Single(DefaultExtractor.Extract("Our network obtains a top-1 error rate of 22.3% on ImageNet.").Results);

        Assert.Equal("top-1 error", result.Metric);
    }

    [Fact]
    public void Generic_accuracy_stays_accuracy()
    {
        var result = Assert.Single(DefaultExtractor.Extract("Our network obtains 80.2% accuracy on ImageNet.").Results);

        Assert.Equal("accuracy", result.Metric);
    }

    [Theory]
    [InlineData("GPU hours", "GPU days")]
    [InlineData("MFLOPs", "FLOPs")]
    [InlineData("GFLOPs", "FLOPs")]
    [InlineData("GMACs", "MACs")]
    public void Unit_or_scale_is_never_an_alias(string scaled, string other) =>
        Assert.NotEqual(Metrics.Canonical(other), Metrics.Canonical(scaled));

    [Theory]
    [InlineData("top-1 error", "top-1 accuracy")]
    [InlineData("error rate", "accuracy")]
    [InlineData("WER", "word accuracy")]
    public void Error_and_its_accuracy_are_linked_both_ways(string error, string accuracy)
    {
        Assert.Equal(accuracy, Metrics.ComplementOf(error));
        Assert.Equal(error, Metrics.ComplementOf(accuracy));
    }

    [Fact]
    public void Every_complement_is_a_canonical_metric_that_links_back()
    {
        var broken = Metrics.Names.Where(n => Metrics.ComplementOf(n) is { } c && Metrics.ComplementOf(c) != n).ToList();

        Assert.Empty(broken);
    }

    [Theory]
    [InlineData("GPU days")]
    [InlineData("FLOPs")]
    [InlineData("parameter count")]
    [InlineData("latency")]
    public void Compute_and_size_are_costs(string metric) => Assert.True(Metrics.IsCost(metric));

    [Theory]
    [InlineData("top-1 accuracy", true)]
    [InlineData("mAP", true)]
    [InlineData("FID", false)]
    [InlineData("BLEU", false)]
    public void Percentage_scale_comes_from_the_knowledge_base(string metric, bool percentage) =>
        Assert.Equal(percentage, Metrics.IsPercentage(metric));

    [Theory]
    [InlineData("val error", true)]
    [InlineData("peak memory", true)]
    [InlineData("harmonic score", false)]
    public void Unknown_metric_is_judged_by_its_words(string metric, bool lower)
    {
        Assert.False(Metrics.IsKnown(metric));
        Assert.Equal(lower, Metrics.IsLowerBetter(metric));
    }

    [Fact]
    public void Vocabulary_counts_the_canonical_metrics_of_the_knowledge_base()
    {
        var entries = KnowledgeBase.LoadEmbedded().Entries.Count(e => e.Type == EntityType.Metric);

        Assert.Equal(entries, Metrics.Count);
    }
}
