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
}
