namespace PaperGraph.Core.Tests.Extraction;

public sealed class EmptyAbstractTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public void Empty_or_whitespace_abstract_gives_an_empty_extraction(string text)
    {
        var extraction = DefaultExtractor.Extract(text, "CSPNet: A New Backbone");

        Assert.Empty(extraction.Entities);
        Assert.Empty(extraction.Results);
        Assert.Empty(extraction.Mentions);
    }
}
