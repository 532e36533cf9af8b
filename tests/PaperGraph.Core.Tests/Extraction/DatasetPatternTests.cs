using PaperGraph.Core.Model;

namespace PaperGraph.Core.Tests.Extraction;

public sealed class DatasetPatternTests
{
    [Fact]
    public void Treebank_names_are_datasets() =>
        Assert.Contains("Basque Treebank", DatasetNames("Our parser is trained on the Basque Treebank and tested on news text ."));

    [Fact]
    public void A_language_alone_before_a_lower_case_head_is_no_dataset_name() =>
        Assert.Empty(DatasetNames("Scores improve on the Korean and Thai corpora ."));

    [Theory]
    [InlineData("We report scores on the QALB test set .", "QALB")]
    [InlineData("Weights are tuned on the ZEBRA-2 development data set .", "ZEBRA-2")]
    public void A_name_before_a_split_of_data_is_a_dataset(string text, string name) =>
        Assert.Contains(name, DatasetNames(text));

    [Fact]
    public void A_lower_case_word_between_a_name_and_its_head_describes_the_named_data() =>
        Assert.Contains("KALDOR", DatasetNames("Results on the KALDOR speech corpus are reported ."));

    [Fact]
    public void Names_listed_before_one_head_are_each_datasets() =>
        Assert.Equal(["MIRA", "TOLKA"], DatasetNames("We evaluate on the MIRA and TOLKA datasets .").Order());

    [Fact]
    public void An_edition_before_data_names_a_dataset() =>
        Assert.Contains("BLEX 2011", DatasetNames("Systems are tuned on the BLEX 2011 data ."));

    [Fact]
    public void A_modality_before_data_is_no_dataset() =>
        Assert.Empty(DatasetNames("The network fuses RGB data with depth ."));

    [Theory]
    [InlineData("Systems are tuned on WMT11 and tested on NIST04 .", "WMT11")]
    [InlineData("Systems are tuned on WMT11 and tested on NIST04 .", "NIST04")]
    [InlineData("Segmenters are compared on SIGHAN - 2 texts .", "SIGHAN - 2")]
    [InlineData("We use the TAC 2012 queries .", "TAC 2012")]
    public void Campaign_editions_are_datasets(string text, string name) =>
        Assert.Contains(name, DatasetNames(text));

    [Fact]
    public void A_campaign_name_with_a_non_edition_number_is_no_dataset() =>
        Assert.Empty(DatasetNames("The NIST 123 file is missing ."));

    [Theory]
    [InlineData("WordNet")]
    [InlineData("FrameNet")]
    [InlineData("PropBank")]
    [InlineData("CCGbank")]
    public void Lexical_resources_are_known_datasets(string name) =>
        Assert.Contains(name, DatasetNames($"Senses are linked to {name} entries ."));

    private static List<string> DatasetNames(string text) =>
        DefaultExtractor.Extract(text).Entities.Where(e => e.Type == EntityType.Dataset).Select(e => e.Name).ToList();
}
