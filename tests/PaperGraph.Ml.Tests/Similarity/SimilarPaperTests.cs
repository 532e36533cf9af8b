using Microsoft.ML;
using PaperGraph.Ml.Similarity;

namespace PaperGraph.Ml.Tests.Similarity;

public sealed class SimilarPaperTests
{
    private static readonly string[][] Topics =
    [
        ["Magnitude pruning finds sparse subnetworks.", "Lottery ticket subnetworks survive pruning.", "Pruning removes weights from sparse networks.", "Sparse lottery tickets after pruning."],
        ["Graph neural networks classify nodes.", "Message passing over graph edges.", "Node classification with graph convolution.", "Graph edges carry node messages."],
        ["Speech recognition lowers word error rate.", "Acoustic models for speech recognition.", "Phonemes in spoken speech.", "Spoken utterances and acoustic phonemes."],
    ];

    [Fact]
    public void A_papers_top_neighbour_shares_its_topic()
    {
        var papers = Topics.SelectMany((words, topic) => Enumerable.Range(0, 4).Select(i =>
            Corpora.Paper($"Study {topic}-{i}", words[i]))).ToArray();
        var corpus = Corpora.Of(papers);

        var result = new SimilarPaperFinder(new MLContext(1), new SuggestionOptions()).Find(corpus);

        for (var i = 0; i < papers.Length; i++)
        {
            var top = result.Neighbours[i][0].Neighbour;
            Assert.Equal(i / 4, top / 4);
        }
    }

    [Fact]
    public void Shared_terms_are_words_both_papers_contain()
    {
        var corpus = Corpora.Of(
            Corpora.Paper("Lottery tickets in pruning", "Magnitude pruning finds lottery tickets in dense networks."),
            Corpora.Paper("Pruning at initialisation", "We find lottery tickets by pruning at initialisation."),
            Corpora.Paper("Speech", "Acoustic models for spoken language."),
            Corpora.Paper("Graphs", "Message passing over graph edges."),
            Corpora.Paper("Translation", "Neural machine translation of sentences."),
            Corpora.Paper("Detection", "Object detection with anchor boxes."));

        var result = new SimilarPaperFinder(new MLContext(1), new SuggestionOptions()).Find(corpus);

        var first = Assert.Single(result.Suggestions, s => s.SourceId == corpus.Papers[0].Id && s.TargetId == corpus.Papers[1].Id);
        Assert.Contains("pruning", first.Reasons);
        Assert.All(first.Reasons, term => Assert.All(term.Split(' '), word =>
            Assert.Contains(word, corpus.Papers[1].Text.ToLowerInvariant(), StringComparison.Ordinal)));
    }
}
