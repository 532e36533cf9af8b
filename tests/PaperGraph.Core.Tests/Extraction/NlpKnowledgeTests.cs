using PaperGraph.Core.Model;

namespace PaperGraph.Core.Tests.Extraction;

public sealed class NlpKnowledgeTests
{
    [Theory]
    [InlineData("We report F1 on SQuAD 2.0 .", "SQuAD 2.0", "SQuAD")]
    [InlineData("A macro-F1 of 0.72 is achieved on SemEval-2017 .", "SemEval-2017", "SemEval")]
    public void Dataset_version_or_year_is_kept_as_a_variant_of_its_family(string text, string name, string parent)
    {
        var dataset = Assert.Single(DefaultExtractor.Extract(text).Entities, e => e.Type == EntityType.Dataset);

        Assert.Equal((name, parent), (dataset.Name, dataset.Parent));
    }

    [Fact]
    public void Different_benchmarks_with_similar_names_stay_apart()
    {
        var extraction = DefaultExtractor.Extract("Link prediction results on FB15k , FB15k-237 , WN18 and WN18RR .");

        var names = extraction.Entities.Where(e => e.Type == EntityType.Dataset).Select(e => e.Name).ToList();
        Assert.Equal(["FB15k", "FB15k-237", "WN18", "WN18RR"], names);
    }

    [Fact]
    public void Spoken_language_understanding_benchmarks_are_datasets()
    {
        var extraction = DefaultExtractor.Extract("Intent detection is evaluated on ATIS and SNIPS .");

        var names = extraction.Entities.Where(e => e.Type == EntityType.Dataset).Select(e => e.Name).ToList();
        Assert.Equal(["ATIS", "SNIPS"], names);
    }

    [Fact]
    public void Parsing_attachment_scores_give_results()
    {
        var extraction = DefaultExtractor.Extract("The parser reaches 96.1 UAS and 94.5 LAS on the Penn Treebank .");

        Assert.Contains(extraction.Results, r => r is { Metric: "UAS", Value: 96.1 });
        Assert.Contains(extraction.Results, r => r is { Metric: "LAS", Value: 94.5 });
    }

    [Fact]
    public void Speech_separation_metrics_are_known()
    {
        var extraction = DefaultExtractor.Extract("Our separator improves SI-SNR and PESQ on WSJ0-2mix .");

        var metrics = extraction.Entities.Where(e => e.Type == EntityType.Metric).Select(e => e.Name).ToList();
        Assert.Equal(["SI-SNR", "PESQ"], metrics);
        Assert.Contains(extraction.Entities, e => e is { Type: EntityType.Dataset, Name: "WSJ0-2mix" });
    }

    [Fact]
    public void Speech_corpora_and_diarization_are_known()
    {
        var extraction = DefaultExtractor.Extract("We evaluate speaker diarization on the AMI corpus and emotion recognition on IEMOCAP .");

        var datasets = extraction.Entities.Where(e => e.Type == EntityType.Dataset).Select(e => e.Name).ToList();
        Assert.Equal(["AMI Meeting Corpus", "IEMOCAP"], datasets);
        Assert.Contains(extraction.Entities, e => e is { Type: EntityType.Task, Name: "speaker diarization" });
    }
}
