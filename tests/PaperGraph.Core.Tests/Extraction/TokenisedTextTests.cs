using PaperGraph.Core.Model;

namespace PaperGraph.Core.Tests.Extraction;

public sealed class TokenisedTextTests
{
    [Fact]
    public void Names_split_by_spaces_around_punctuation_are_still_found()
    {
        const string text = "We compare TF - IDF features with embeddings on the Children ' s Book Test and MS - COCO ( object detection ) .";

        var extraction = DefaultExtractor.Extract(text);

        Assert.Contains(extraction.Entities, e => e is { Type: EntityType.Method, Name: "TF-IDF" });
        Assert.Contains(extraction.Entities, e => e is { Type: EntityType.Dataset, Name: "Children's Book Test" });
        Assert.Contains(extraction.Entities, e => e is { Type: EntityType.Dataset, Name: "COCO" });
        Assert.Contains(extraction.Mentions, m => m.Text == "Children ' s Book Test");
    }

    [Fact]
    public void Tokenised_acronym_definition_yields_one_entity()
    {
        var extraction = DefaultExtractor.Extract("In this paper , we propose Cross Stage Partial Network ( CSPNet ) for detection .");

        var entity = Assert.Single(extraction.Entities, e => e.Type == EntityType.Method);
        Assert.Equal("CSPNet", entity.Name);
        Assert.Equal(RelationType.Proposes, entity.Role);
        Assert.Contains("Cross Stage Partial Network", entity.Aliases);
    }
}
