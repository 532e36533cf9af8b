using System.Text.RegularExpressions;

namespace PaperGraph.Neo4j.Tests.Catalog;

public sealed partial class CatalogSampleTests
{
    /// <summary>The linter resolves parameters from the samples: a missing one would be reported there as an error.</summary>
    [Fact]
    public void Every_parameter_a_statement_uses_has_a_sample_value()
    {
        Assert.All(Neo4jStatementCatalog.All(), statement =>
        {
            var used = Parameter().Matches(statement.Text).Select(match => match.Groups[1].Value);
            Assert.All(used, name => Assert.True(statement.SampleParameters.ContainsKey(name), $"{statement.Name} has no sample ${name}"));
        });
    }

    [GeneratedRegex(@"\$([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex Parameter();
}
