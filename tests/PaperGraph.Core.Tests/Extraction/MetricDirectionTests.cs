using PaperGraph.Core.Extraction.Knowledge;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Tests.Extraction;

public sealed class MetricDirectionTests
{
    [Theory]
    [InlineData("top-1 error")]
    [InlineData("error rate")]
    [InlineData("FID")]
    [InlineData("perplexity")]
    [InlineData("WER")]
    [InlineData("latency")]
    public void Error_like_metrics_are_lower_is_better(string metric)
    {
        Assert.True(MetricDirection.IsLowerBetter(metric));
        Assert.True(KnowledgeBase.LoadEmbedded().Find(EntityType.Metric, metric)?.LowerIsBetter);
    }

    [Theory]
    [InlineData("GPU-days")]
    [InlineData("MFLOPs")]
    [InlineData("GMACs")]
    [InlineData("inference_time")]
    public void Cost_metrics_spelled_with_hyphens_or_scale_prefixes_are_lower_is_better(string metric) =>
        Assert.True(MetricDirection.IsLowerBetter(metric));

    [Theory]
    [InlineData("top-1 accuracy")]
    [InlineData("AP50")]
    [InlineData("mIoU")]
    [InlineData("BLEU")]
    [InlineData("F1")]
    public void Score_like_metrics_are_higher_is_better(string metric)
    {
        Assert.False(MetricDirection.IsLowerBetter(metric));
        Assert.False(KnowledgeBase.LoadEmbedded().Find(EntityType.Metric, metric)?.LowerIsBetter);
    }

    [Fact]
    public void Knowledge_base_directions_agree_with_metric_direction_for_every_metric()
    {
        var metrics = KnowledgeBase.LoadEmbedded().Entries.Where(e => e.Type == EntityType.Metric).ToList();

        var disagreeing = metrics.Where(m => m.LowerIsBetter != MetricDirection.IsLowerBetter(m.Name)).Select(m => m.Name).ToList();

        Assert.NotEmpty(metrics);
        Assert.Empty(disagreeing);
    }
}
