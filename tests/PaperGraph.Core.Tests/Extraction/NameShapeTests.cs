using PaperGraph.Core.Extraction.Text;

namespace PaperGraph.Core.Tests.Extraction;

public sealed class NameShapeTests
{
    [Theory]
    [InlineData("CSPNet")]
    [InlineData("pBNNs")]
    [InlineData("YOLOv4")]
    [InlineData("U-Net")]
    [InlineData("RT-DETR")]
    [InlineData("MAXIM")]
    public void Coined_names_are_recognised(string word) => Assert.True(NameShape.IsCoined(word));

    [Theory]
    [InlineData("Transformer")]
    [InlineData("Self-Supervised")]
    [InlineData("large-scale")]
    [InlineData("3D")]
    [InlineData("2021")]
    public void Ordinary_words_are_not_coined_names(string word) => Assert.False(NameShape.IsCoined(word));
}
