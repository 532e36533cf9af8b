using PaperGraph.Core.Evaluation;

namespace PaperGraph.Core.Tests.Evaluation;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("MS-COCO", "mscoco")]
    [InlineData("Top-1 Error (%)", "top1error")]
    [InlineData("Fréchet Inception Distance", "frchetinceptiondistance")]
    [InlineData("  ", "")]
    public void Key_keeps_only_lower_case_ascii_letters_and_digits(string name, string key) =>
        Assert.Equal(key, NameKey.Of(name));
}
