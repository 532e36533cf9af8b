using Microsoft.ML;
using PaperGraph.Core.Curation;
using PaperGraph.Core.Extraction.Knowledge;
using PaperGraph.Core.Model;
using PaperGraph.Core.Suggestions;
using PaperGraph.Ml.Merges;

namespace PaperGraph.Ml.Tests.Merges;

public sealed class MergeCandidateTests
{
    private static readonly KnowledgeBase Knowledge = KnowledgeBase.LoadEmbedded();

    [Theory]
    [InlineData(EntityType.Dataset, "CIFAR-10", "CIFAR-100")]
    [InlineData(EntityType.Dataset, "ImageNet", "Tiny ImageNet")]
    [InlineData(EntityType.Method, "ResNet-50", "ResNet-101")]
    [InlineData(EntityType.Method, "YOLOv4", "YOLOv7")]
    [InlineData(EntityType.Metric, "top-1", "top-5")]
    [InlineData(EntityType.Task, "semi-supervised learning", "self-supervised learning")]
    [InlineData(EntityType.Method, "QAT", "PTQ")]
    public void Names_that_differ_in_a_number_or_a_qualifier_are_never_merge_candidates(EntityType type, string first, string second)
    {
        var result = Find(Corpora.Naming(type, first, second, first, second));

        Assert.DoesNotContain(result.Merges, s => Keys(s).SetEquals([EntityKey.For(type, first), EntityKey.For(type, second)]));
    }

    [Fact]
    public void A_name_with_a_qualifying_size_is_a_variant_of_the_plain_name()
    {
        var result = Find(Corpora.Naming(EntityType.Dataset, "ImageNet", "ImageNet-1K"));

        var variant = Assert.Single(result.Variants);
        Assert.Equal(("dataset:imagenet1k", "dataset:imagenet"), (variant.SourceId, variant.TargetId));
        Assert.Empty(result.Merges);
    }

    [Fact]
    public void Two_spellings_of_one_name_are_a_merge_candidate_into_the_more_used_one()
    {
        var result = Find(Corpora.Naming(EntityType.Task, "sequence modelling", "sequence modeling", "sequence modeling"));

        var merge = Assert.Single(result.Merges);
        Assert.Equal(("task:sequencemodelling", "task:sequencemodeling"), (merge.SourceId, merge.TargetId));
        Assert.Contains(merge.Reasons, reason => reason.StartsWith("edit similarity", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_and_a_filler_word_more_are_a_merge_candidate_not_a_variant()
    {
        var result = Find(Corpora.Naming(EntityType.Metric, "top-1", "top-1 accuracy"));

        Assert.Empty(result.Variants);
        Assert.Contains(result.Merges, s => Keys(s).SetEquals(["metric:top1", "metric:top1accuracy"]));
    }

    [Fact]
    public void A_rejected_merge_candidate_is_not_proposed_again()
    {
        var corpus = Corpora.Naming(EntityType.Task, "sequence modelling", "sequence modeling");

        var result = Find(corpus, new RejectSuggestion(SuggestionKind.MergeCandidate, "task:sequencemodeling", "task:sequencemodelling"));

        Assert.Empty(result.Merges);
    }

    private static MergeCandidateFinder.Result Find(Ml.Corpus.SuggestionCorpus corpus, params CurationRule[] rules) =>
        new MergeCandidateFinder(new MLContext(3), Knowledge, new SuggestionOptions()).Find(corpus, rules);

    private static HashSet<string> Keys(Suggestion suggestion) => [suggestion.SourceId, suggestion.TargetId];
}
