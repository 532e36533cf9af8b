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
        var vectors = TextVectors.Featurize(ml, corpus.Papers.Select(paper => paper.Text), options.FeaturesPerPaper,
            rowsRead: SynchronousProgress.Stage(progress, "featurizing papers", total), cancellationToken: cancellationToken);
        var neighbours = new NearestNeighbours().Find(vectors.Vectors, options.SimilarPapers, options.MinSimilarity,
            done: SynchronousProgress.Stage(progress, "finding similar papers", total), cancellationToken: cancellationToken);
        var suggestions = new List<Suggestion>();
        for (var i = 0; i < total; i++)
        {
            foreach (var (neighbour, score) in neighbours[i])
            {
                var shared = vectors.Vectors[i].SharedFeatures(vectors.Vectors[neighbour])
                    .Select(feature => vectors.Terms.GetValueOrDefault(feature))
                    .OfType<string>()
                    .Take(options.SharedTerms)
                    .ToList();
                suggestions.Add(new Suggestion(SuggestionKind.SimilarPaper, corpus.Papers[i].Id, corpus.Papers[neighbour].Id,
                    Math.Clamp(score, 0, 1), shared));
            }
        }
        return new Result(suggestions, neighbours);
    }
}
