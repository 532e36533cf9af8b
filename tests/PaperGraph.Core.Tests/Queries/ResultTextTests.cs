using PaperGraph.Core.Queries;

namespace PaperGraph.Core.Tests.Queries;

public sealed class ResultTextTests
{
    [Theory]
    [InlineData(24.2, "%", "", "24.2%")]
    [InlineData(70, "%", ">", ">70%")]
    [InlineData(50, "%", "≈", "≈50%")]
    [InlineData(3.8, "GPU days", "", "3.8 GPU days")]
    [InlineData(2.8812, "", "", "2.881")]
    public void A_value_reads_with_its_qualifier_and_unit(double value, string unit, string qualifier, string expected) =>
        Assert.Equal(expected, ResultText.Of(value, unit, qualifier));
}
