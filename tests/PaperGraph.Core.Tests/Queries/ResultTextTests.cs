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

    [Theory]
    [InlineData(90, "%", "", "90.0", "90.0%")]
    [InlineData(70, "%", ">", "70.00", ">70.00%")]
    [InlineData(1024, "", "", "1,024", "1,024")]
    [InlineData(90, "%", "", null, "90%")]
    public void A_value_reads_as_the_abstract_wrote_it_when_known(double value, string unit, string qualifier, string? written, string expected) =>
        Assert.Equal(expected, ResultText.Of(value, unit, qualifier, written));
}
