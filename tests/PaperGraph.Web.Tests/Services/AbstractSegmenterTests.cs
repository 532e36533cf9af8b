using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;
using PaperGraph.Web.Services;

namespace PaperGraph.Web.Tests.Services;

public sealed class AbstractSegmenterTests
{
    private static readonly EntityRef Cifar = new("dataset:cifar10", EntityType.Dataset, "CIFAR-10");
    private static readonly EntityRef Error = new("metric:error", EntityType.Metric, "error");

    [Fact]
    public void Segments_cover_the_text_exactly_once_in_order()
    {
        const string text = "An error of 2.57% on CIFAR-10 here";
        var segments = AbstractSegmenter.Split(text, [new StoredMention(Cifar, 21, 29), new StoredMention(Error, 3, 8)]);

        Assert.Equal(text, string.Concat(segments.Select(s => s.Text)));
        Assert.Equal(["An ", "error", " of 2.57% on ", "CIFAR-10", " here"], segments.Select(s => s.Text));
        Assert.Equal([false, true, false, true, false], segments.Select(s => s.IsMention));
        Assert.Equal([0, 3, 8, 21, 29], segments.Select(s => s.Start));
    }

    [Fact]
    public void Overlapping_mentions_keep_the_earlier_and_longer_one()
    {
        const string text = "CIFAR-10 error";
        var segments = AbstractSegmenter.Split(text,
            [new StoredMention(Error, 0, 5), new StoredMention(Cifar, 0, 8), new StoredMention(Error, 9, 14), new StoredMention(Error, 10, 12), new StoredMention(Error, 6, 11)]);

        Assert.Equal(["CIFAR-10", " ", "error"], segments.Select(s => s.Text));
        Assert.Equal(Cifar, segments[0].Entity);
    }

    [Fact]
    public void Mentions_outside_the_text_or_empty_are_ignored()
    {
        const string text = "short";
        var segments = AbstractSegmenter.Split(text,
            [new StoredMention(Cifar, -1, 2), new StoredMention(Cifar, 3, 40), new StoredMention(Cifar, 2, 2)]);

        var only = Assert.Single(segments);
        Assert.Equal("short", only.Text);
        Assert.False(only.IsMention);
    }

    [Fact]
    public void An_empty_abstract_has_no_segments()
    {
        Assert.Empty(AbstractSegmenter.Split("", []));
    }
}
