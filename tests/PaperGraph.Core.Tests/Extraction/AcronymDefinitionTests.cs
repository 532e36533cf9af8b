using PaperGraph.Core.Model;

namespace PaperGraph.Core.Tests.Extraction;

public sealed class AcronymDefinitionTests
{
    [Fact]
    public void Acronym_definition_yields_one_entity_with_alias()
    {
        var extraction = DefaultExtractor.Extract(
            "In this paper, we propose Cross Stage Partial Network (CSPNet) to reduce computation. The CSPNet is easy to implement.");

        var entity = Assert.Single(extraction.Entities, e => e.Type == EntityType.Method);
        Assert.Equal("CSPNet", entity.Name);
        Assert.Contains("Cross Stage Partial Network", entity.Aliases);
        Assert.Equal(3, entity.Mentions.Count);
    }
}
