using System.Text;

namespace PaperGraph.Core.Tests.Extraction;

public sealed class PathologicalInputTests
{
    [Fact]
    public void One_megabyte_input_without_sentence_breaks_completes()
    {
        var text = new StringBuilder(1 << 20);
        var pieces = new[]
        {
            "(((", "CIFAR-", "10 ", "43.5% ", "AP ", "we propose ", "A-B-C-D-", "ImageNet ", "x ", "[[", "on the X dataset ", "- - - ",
            "Cross Stage Partial Network (CSPNet) ", "top-1 accuracies of ", "such as ", "medical image segmentation ",
        };
        for (var i = 0; text.Length < 1 << 20; i++)
        {
            text.Append(pieces[i % pieces.Length]);
        }

        var extraction = DefaultExtractor.Extract(text.ToString());

        Assert.NotEmpty(extraction.Mentions);
    }

    [Theory]
    [InlineData("(((((")]
    [InlineData("We propose (")]
    [InlineData("( CSPNet )")]
    [InlineData("1.2.3.4 5,6,7 %%% 12%")]
    [InlineData("dubbed")]
    [InlineData("é ü ñ 中文 ImageNet — 12.5 % top-1 accuracy")]
    public void Odd_text_extracts_with_valid_offsets(string text)
    {
        var extraction = DefaultExtractor.Instance.Extract("-: ", text);

        Assert.All(extraction.Mentions, m => Assert.Equal(m.Text, text[m.Start..m.End]));
    }
}
