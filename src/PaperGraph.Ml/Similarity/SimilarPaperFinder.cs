using Microsoft.ML;
using PaperGraph.Core.Suggestions;
using PaperGraph.Ml.Corpus;

namespace PaperGraph.Ml.Similarity;

/// <summary>Similar papers: TF-IDF vectors of title and abstract, top-k neighbours through the inverted index, each
/// with the word terms both papers share that weigh most.</summary>
public sealed class SimilarPaperFinder(MLContext ml, SuggestionOptions options)
{
    /// <summary>Neighbours of every paper by index into <see cref="SuggestionCorpus.Papers"/>, kept for the link
    /// suggestions that build on them.</summary>
    public sealed record Result(IReadOnlyList<Suggestion> Suggestions, List<(int Neighbour, double Score)>[] Neighbours);

    public Result Find(SuggestionCorpus corpus, IProgress<SuggestionProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var total = corpus.Papers.Count;
        progress?.Report(new SuggestionProgress("featurizing papers", 0, total));
        var vectors = TextVectors.Featurize(ml, corpus.Papers.Select(paper => paper.Text), options.FeaturesPerPaper,
            rowsRead: SynchronousProgress.Stage(progress, "featurizing papers", total), cancellationToken: cancellationToken);
        var neighbours = new NearestNeighbours().Find(vectors.Vectors, options.SimilarPapers, options.MinSimilarity,
            done: SynchronousProgress.Stage(progress, "finding similar papers", total), cancellationToken: cancellationToken);
        progress?.Report(new SuggestionProgress("explaining similar papers", 0, total));
        var perPaper = new Suggestion[total][];
        Parallel.For(0, total, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            perPaper[i] = neighbours[i].Select(pair => Explained(corpus, vectors, i, pair.Neighbour, pair.Score)).ToArray());
        var suggestions = perPaper.SelectMany(paper => paper).ToList();
        return new Result(suggestions, neighbours);
    }

    private Suggestion Explained(SuggestionCorpus corpus, TextVectors vectors, int paper, int neighbour, double score)
    {
        var shared = vectors.Vectors[paper].SharedFeatures(vectors.Vectors[neighbour])
            .Select(feature => vectors.Terms.GetValueOrDefault(feature))
            .OfType<string>()
            .Take(options.SharedTerms)
            .ToList();
        return new Suggestion(SuggestionKind.SimilarPaper, corpus.Papers[paper].Id, corpus.Papers[neighbour].Id, Math.Clamp(score, 0, 1), shared);
    }
}
