namespace PaperGraph.Core.Tests.Extraction;

public sealed class MentionOffsetTests
{
    [Fact]
    public void Mention_offsets_match_the_text()
    {
        const string text = "We evaluate on ImageNet-1K and MS-COCO. Our model reaches 43.5% AP (65.7% AP50) for the MS COCO dataset, "
            + "beating ResNet-50 and Vision Transformers on object detection and semantic segmentation.";

        var extraction = DefaultExtractor.Extract(text);

        Assert.NotEmpty(extraction.Mentions);
        Assert.All(extraction.Mentions, m => Assert.Equal(m.Text, text[m.Start..m.End]));
        Assert.All(extraction.Mentions, m => Assert.True(m.SentenceStart <= m.Start && m.End <= m.SentenceEnd));
        Assert.All(extraction.Results, r => Assert.Equal(r.Provenance.SpanOf(text).TrimEnd('%'), r.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }
}
