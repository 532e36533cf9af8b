using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;

namespace PaperGraph.Ml.Similarity;

/// <summary>TF-IDF vectors of texts over word uni- and bigrams and character trigrams, from ML.NET's FeaturizeText,
/// read row by row as sparse <see cref="VBuffer{T}"/>s and pruned (a dense row of a large corpus has millions of
/// dimensions). <see cref="Terms"/> names the word features, which explain a similarity to a person.</summary>
public sealed class TextVectors
{
    private const string TextColumn = nameof(TextRow.Text);
    private const string FeaturesColumn = "Features";

    /// <summary>Texts the featurizer's vocabulary and IDF weights are fitted on: an evenly spread sample of a larger corpus
    /// estimates them well, and fitting on all of 100,000 abstracts costs more than transforming them.</summary>
    public const int MaxFitTexts = 5000;

    /// <summary>Texts from which on the transform runs in parallel parts (below, one part costs less than starting more).</summary>
    public const int ParallelTexts = 2000;

    private TextVectors(List<SparseVector> vectors, Dictionary<int, string> terms)
    {
        Vectors = vectors;
        Terms = terms;
    }

    /// <summary>One vector per text, in input order.</summary>
    public List<SparseVector> Vectors { get; }

    /// <summary>The word n-gram of each word feature that occurs in some vector (character n-grams are left out).</summary>
    public IReadOnlyDictionary<int, string> Terms { get; }

    /// <param name="keepPerText">Heaviest features kept per vector.</param>
    /// <param name="words">Whether word n-grams are features (else only character trigrams: names).</param>
    public static TextVectors Featurize(
        MLContext ml, IEnumerable<string> texts, int keepPerText, bool words = true, IProgress<int>? rowsRead = null,
        CancellationToken cancellationToken = default)
    {
        var rows = texts.Select(text => new TextRow { Text = text }).ToList();
        var data = ml.Data.LoadFromEnumerable(rows);
        var fitRows = rows.Count <= MaxFitTexts ? data
            : ml.Data.LoadFromEnumerable(rows.Where((_, i) => i % ((rows.Count + MaxFitTexts - 1) / MaxFitTexts) == 0));
        var options = new TextFeaturizingEstimator.Options
        {
            WordFeatureExtractor = words
                ? new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true, Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf }
                : null,
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = false, Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
            StopWordsRemoverOptions = words ? new StopWordsRemovingEstimator.Options() : null,
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepPunctuations = false,
            KeepNumbers = true,
        };
        var featurizer = ml.Transforms.Text.FeaturizeText(FeaturesColumn, options, TextColumn).Fit(fitRows);
        // The fitted featurizer is read-only, so parts of a large corpus are transformed and pruned on all cores at once;
        // the views are built here and only their cursors run in parallel.
        var partCount = rows.Count < ParallelTexts ? 1 : Environment.ProcessorCount;
        var partSize = (rows.Count + partCount - 1) / partCount;
        var parts = Enumerable.Range(0, partCount)
            .Select(part => featurizer.Transform(ml.Data.LoadFromEnumerable(rows.Skip(part * partSize).Take(partSize).ToList())))
            .ToList();
        var read = 0;
        var partVectors = new List<SparseVector>[partCount];
        Parallel.For(0, partCount, new ParallelOptions { CancellationToken = cancellationToken }, part =>
            partVectors[part] = Read(parts[part], keepPerText, () =>
            {
                var done = Interlocked.Add(ref read, 1000);
                rowsRead?.Report(done);
            }, cancellationToken));
        var vectors = partVectors.SelectMany(part => part).ToList();
        var column = featurizer.GetOutputSchema(data.Schema)[FeaturesColumn];
        return new TextVectors(vectors, words ? WordTerms(column, vectors.SelectMany(vector => vector.Indices).ToHashSet()) : []);
    }

    /// <summary>The pruned vectors of one transformed view, in row order; <paramref name="thousandRead"/> is called
    /// after every thousand rows.</summary>
    private static List<SparseVector> Read(IDataView transformed, int keepPerText, Action thousandRead, CancellationToken cancellationToken)
    {
        var column = transformed.Schema[FeaturesColumn];
        var vectors = new List<SparseVector>();
        using var cursor = transformed.GetRowCursor([column]);
        var getter = cursor.GetGetter<VBuffer<float>>(column);
        VBuffer<float> row = default;
        while (cursor.MoveNext())
        {
            cancellationToken.ThrowIfCancellationRequested();
            getter(ref row);
            vectors.Add(row.IsDense
                ? SparseVector.Pruned(Enumerable.Range(0, row.Length).ToArray(), row.GetValues(), keepPerText)
                : SparseVector.Pruned(row.GetIndices(), row.GetValues(), keepPerText));
            if (vectors.Count % 1000 == 0)
            {
                thousandRead();
            }
        }
        return vectors;
    }

    private static Dictionary<int, string> WordTerms(DataViewSchema.Column column, HashSet<int> used)
    {
        var terms = new Dictionary<int, string>();
        if (!column.HasSlotNames())
        {
            return terms;
        }
        VBuffer<ReadOnlyMemory<char>> names = default;
        column.GetSlotNames(ref names);
        foreach (var index in used)
        {
            if (WordTerm(names.GetItemOrDefault(index).Span) is { } term)
            {
                terms[index] = term;
            }
        }
        return terms;
    }

    /// <summary>A word n-gram's slot is named "Word.deep|learning" or "deep|learning"; a character trigram's parts
    /// are single characters ("d|e|e"), which explain nothing.</summary>
    private static string? WordTerm(ReadOnlySpan<char> slotName)
    {
        var name = slotName.ToString();
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        if (name.StartsWith("Char.", StringComparison.Ordinal))
        {
            return null;
        }
        if (name.StartsWith("Word.", StringComparison.Ordinal))
        {
            name = name[(dot + 1)..];
        }
        var parts = name.Split('|');
        return parts.All(part => part.Length > 1 && part.Any(char.IsLetter)) ? string.Join(' ', parts) : null;
    }

    private sealed class TextRow
    {
        public string Text { get; set; } = "";
    }
}
