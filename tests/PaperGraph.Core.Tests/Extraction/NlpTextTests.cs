using PaperGraph.Core.Model;

namespace PaperGraph.Core.Tests.Extraction;

public sealed class NlpTextTests
{
    [Fact]
    public void Nlp_sentence_yields_its_datasets_and_task()
    {
        var extraction = DefaultExtractor.Extract("IMDB and Elec are for sentiment classification.");

        var datasets = extraction.Entities.Where(e => e.Type == EntityType.Dataset).Select(e => e.Name).ToList();
        Assert.Equal(["IMDB", "Elec"], datasets);
        var task = Assert.Single(extraction.Entities, e => e.Type == EntityType.Task);
        Assert.Equal("sentiment classification", task.Name);
    }

    [Fact]
    public void Lower_cased_text_still_yields_acronym_datasets_but_not_english_words()
    {
        var extraction = DefaultExtractor.Extract("imdb and elec are for sentiment classification ; we drop a race condition .");

        var datasets = extraction.Entities.Where(e => e.Type == EntityType.Dataset).Select(e => e.Name).ToList();
        Assert.Equal(["IMDB", "Elec"], datasets);
    }
}
