using Microsoft.ML;
using PaperGraph.Ml.Similarity;

namespace PaperGraph.Ml.Merges;

/// <summary>Character-trigram TF-IDF vectors (ML.NET) of a set of names, fitted together so that the corpus's
/// entities and the training pairs are compared in one space.</summary>
internal sealed class NameSpace
{
    private readonly Dictionary<string, int> _index;
    private readonly List<SparseVector> _vectors;

    public NameSpace(MLContext ml, IEnumerable<string> names)
    {
        var distinct = names.Distinct(StringComparer.Ordinal).ToList();
        _index = distinct.Select((name, i) => (name, i)).ToDictionary(pair => pair.name, pair => pair.i, StringComparer.Ordinal);
        _vectors = distinct.Count == 0 ? [] : TextVectors.Featurize(ml, distinct, keepPerText: 200, words: false).Vectors;
    }

    public SparseVector this[string name] => _vectors[_index[name]];

    public double Cosine(string a, string b) => this[a].Dot(this[b]);
}
