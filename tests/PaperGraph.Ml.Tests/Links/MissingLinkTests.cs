using Microsoft.ML;
using PaperGraph.Core.Extraction.Knowledge;
using PaperGraph.Core.Model;
using PaperGraph.Ml.Links;
using PaperGraph.Ml.Similarity;

namespace PaperGraph.Ml.Tests.Links;

public sealed class MissingLinkTests
{
    private static readonly KnowledgeBase Knowledge = KnowledgeBase.LoadEmbedded();

    [Fact]
    public void A_dataset_the_abstract_names_and_similar_papers_evaluate_on_is_suggested_with_both_reasons()
    {
        var corpus = Corpora.Of(
            Corpora.Paper("Noisy labels A", "Label noise robust training on CIFAR-10 images.").With(EntityType.Dataset, "CIFAR-10", RelationType.Mentions),
            Corpora.Paper("Noisy labels B", "Label noise robust training evaluated on CIFAR-10.").With(EntityType.Dataset, "CIFAR-10", RelationType.EvaluatedOn),
            Corpora.Paper("Noisy labels C", "Robust training under label noise on CIFAR-10.").With(EntityType.Dataset, "CIFAR-10", RelationType.EvaluatedOn),
            Corpora.Paper("Speech", "Acoustic models for spoken language."));

        var link = Assert.Single(Find(corpus), s => s.SourceId == corpus.Papers[0].Id);

        Assert.Equal(("dataset:cifar10", RelationType.EvaluatedOn), (link.TargetId, link.Role));
        Assert.True(link.Score > 0.5, link.Score.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(2, link.Reasons.Count);
    }

    [Fact]
    public void A_short_name_matches_only_with_its_capitals()
    {
        var corpus = Corpora.Of(
            Corpora.Paper("Uses ID", "Results on ID are good.").With(EntityType.Dataset, "ID", RelationType.EvaluatedOn),
            Corpora.Paper("Says id", "Every user id is hashed."));

        Assert.DoesNotContain(Find(corpus), s => s.SourceId == corpus.Papers[1].Id);
    }

    private static IReadOnlyList<Core.Suggestions.Suggestion> Find(Ml.Corpus.SuggestionCorpus corpus)
    {
        var options = new SuggestionOptions();
        var similar = new SimilarPaperFinder(new MLContext(2), options).Find(corpus);
        return new MissingLinkFinder(Knowledge, options).Find(corpus, similar.Neighbours);
    }
}
