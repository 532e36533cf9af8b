namespace PaperGraph.Ml.Similarity;

/// <summary>Top-k cosine neighbours through an inverted index, never all pairs: each vector's heaviest
/// <see cref="BlockingFeatures"/> features are its blocking keys, each posting list keeps only its
/// <see cref="MaxPostings"/> heaviest vectors, candidates are ranked by the overlap the keys give, and the best
/// <see cref="Rescored"/> are scored with the full cosine.</summary>
public sealed class NearestNeighbours(int blockingFeatures = 16, int maxPostings = 400, int rescored = 40)
{
    public int BlockingFeatures { get; } = blockingFeatures;

    public int MaxPostings { get; } = maxPostings;

    public int Rescored { get; } = rescored;

    /// <summary>For each vector, up to <paramref name="k"/> others with cosine at least <paramref name="minScore"/>,
    /// best first. <paramref name="allowed"/>, when given, says which pairs may be neighbours.</summary>
    public List<(int Neighbour, double Score)>[] Find(
        IReadOnlyList<SparseVector> vectors, int k, double minScore, Func<int, int, bool>? allowed = null,
        IProgress<int>? done = null, CancellationToken cancellationToken = default)
    {
        var shared = SharedFeatures(vectors);
        var postings = Index(vectors, shared);
        var results = new List<(int, double)>[vectors.Count];
        Parallel.For(0, vectors.Count, new ParallelOptions { CancellationToken = cancellationToken },
            () => new Accumulator(vectors.Count),
            (i, _, accumulator) =>
            {
                results[i] = Neighbours(vectors, shared, postings, accumulator, i, k, minScore, allowed);
                if (i % 1000 == 0)
                {
                    done?.Report(i);
                }
                return accumulator;
            },
            _ => { });
        return results;
    }

    /// <summary>Features of more than one vector: a feature only one vector has finds no neighbour, however heavy.</summary>
    private static HashSet<int> SharedFeatures(IReadOnlyList<SparseVector> vectors)
    {
        var seen = new HashSet<int>();
        var shared = new HashSet<int>();
        foreach (var vector in vectors)
        {
            foreach (var feature in vector.Indices)
            {
                if (!seen.Add(feature))
                {
                    shared.Add(feature);
                }
            }
        }
        return shared;
    }

    private Dictionary<int, List<(int Vector, float Weight)>> Index(IReadOnlyList<SparseVector> vectors, HashSet<int> shared)
    {
        var postings = new Dictionary<int, List<(int, float)>>();
        for (var v = 0; v < vectors.Count; v++)
        {
            foreach (var (feature, weight) in Keys(vectors[v], shared))
            {
                if (!postings.TryGetValue(feature, out var list))
                {
                    postings[feature] = list = [];
                }
                list.Add((v, weight));
            }
        }
        foreach (var (feature, list) in postings)
        {
            if (list.Count > MaxPostings)
            {
                list.Sort((a, b) => b.Item2.CompareTo(a.Item2));
                list.RemoveRange(MaxPostings, list.Count - MaxPostings);
            }
        }
        return postings;
    }

    private IEnumerable<(int Feature, float Weight)> Keys(SparseVector vector, HashSet<int> shared) =>
        vector.Indices.Zip(vector.Values).Where(pair => shared.Contains(pair.First)).OrderByDescending(pair => pair.Second).Take(BlockingFeatures);

    private List<(int, double)> Neighbours(
        IReadOnlyList<SparseVector> vectors, HashSet<int> shared, Dictionary<int, List<(int Vector, float Weight)>> postings,
        Accumulator accumulator, int query, int k, double minScore, Func<int, int, bool>? allowed)
    {
        foreach (var (feature, weight) in Keys(vectors[query], shared))
        {
            if (postings.TryGetValue(feature, out var list))
            {
                foreach (var (other, otherWeight) in list)
                {
                    if (other != query)
                    {
                        accumulator.Add(other, weight * otherWeight);
                    }
                }
            }
        }
        var candidates = accumulator.Best(Rescored);
        return candidates
            .Where(other => allowed is null || allowed(query, other))
            .Select(other => (other, vectors[query].Dot(vectors[other])))
            .Where(pair => pair.Item2 >= minScore)
            .OrderByDescending(pair => pair.Item2).ThenBy(pair => pair.other)
            .Take(k)
            .ToList();
    }

    /// <summary>Partial scores per candidate in an array reused across queries; only touched slots are reset.</summary>
    private sealed class Accumulator(int size)
    {
        private readonly float[] _scores = new float[size];
        private readonly List<int> _touched = [];

        public void Add(int vector, float score)
        {
            if (_scores[vector] == 0)
            {
                _touched.Add(vector);
            }
            _scores[vector] += score;
        }

        public List<int> Best(int count)
        {
            var best = _touched.OrderByDescending(v => _scores[v]).ThenBy(v => v).Take(count).ToList();
            foreach (var v in _touched)
            {
                _scores[v] = 0;
            }
            _touched.Clear();
            return best;
        }
    }
}
