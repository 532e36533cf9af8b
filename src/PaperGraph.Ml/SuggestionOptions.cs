namespace PaperGraph.Ml;

/// <summary>How many suggestions of each kind are computed and how sure they must be.</summary>
public sealed class SuggestionOptions
{
    /// <summary>Similar papers stored per paper.</summary>
    public int SimilarPapers { get; set; } = 10;

    /// <summary>Cosine below which a paper is not called similar.</summary>
    public double MinSimilarity { get; set; } = 0.05;

    /// <summary>Heaviest TF-IDF features kept per paper vector (bounds memory on large corpora).</summary>
    public int FeaturesPerPaper { get; set; } = 200;

    /// <summary>Shared terms shown with a similar paper.</summary>
    public int SharedTerms { get; set; } = 6;

    /// <summary>Link suggestions kept per paper.</summary>
    public int LinksPerPaper { get; set; } = 5;

    /// <summary>Score below which a link is not suggested.</summary>
    public double MinLinkScore { get; set; } = 0.2;

    /// <summary>Classifier probability below which a pair is not a merge candidate.</summary>
    public double MinMergeScore { get; set; } = 0.5;

    /// <summary>Seed of everything random (training, evaluation splits), so runs repeat.</summary>
    public int Seed { get; set; } = 7;
}
