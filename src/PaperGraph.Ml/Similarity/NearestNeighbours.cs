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
        var keys = new (int Feature, float Weight)[vectors.Count][];
        Parallel.For(0, vectors.Count, new ParallelOptions { CancellationToken = cancellationToken }, v => keys[v] = Keys(vectors[v], shared));
        var postings = Index(keys);
        var results = new List<(int, double)>[vectors.Count];
        Parallel.For(0, vectors.Count, new ParallelOptions { CancellationToken = cancellationToken },
            () => new Accumulator(vectors.Count),
            (i, _, accumulator) =>
            {
                results[i] = Neighbours(vectors, keys, postings, accumulator, i, k, minScore, allowed);
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

    private Dictionary<int, List<(int Vector, float Weight)>> Index((int Feature, float Weight)[][] keys)
    {
        var postings = new Dictionary<int, List<(int, float)>>();
        for (var v = 0; v < keys.Length; v++)
        {
            foreach (var (feature, weight) in keys[v])
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

    private (int Feature, float Weight)[] Keys(SparseVector vector, HashSet<int> shared) =>
        vector.Indices.Zip(vector.Values).Where(pair => shared.Contains(pair.First)).OrderByDescending(pair => pair.Second).Take(BlockingFeatures).ToArray();

    private List<(int, double)> Neighbours(
        IReadOnlyList<SparseVector> vectors, (int Feature, float Weight)[][] keys, Dictionary<int, List<(int Vector, float Weight)>> postings,
        Accumulator accumulator, int query, int k, double minScore, Func<int, int, bool>? allowed)
    {
        foreach (var (feature, weight) in keys[query])
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

        /// <summary>The <paramref name="count"/> best candidates (highest partial score, then lowest index), found with a
        /// bounded heap: a query touches thousands of candidates, and sorting all of them is wasted work.</summary>
        public List<int> Best(int count)
        {
            var heap = new PriorityQueue<int, (float Score, int Vector)>(count + 1, WorstFirst.Instance);
            foreach (var v in _touched)
            {
                heap.Enqueue(v, (_scores[v], v));
                if (heap.Count > count)
                {
                    heap.Dequeue();
                }
                _scores[v] = 0;
            }
            _touched.Clear();
            var best = new List<int>(heap.Count);
            while (heap.TryDequeue(out var v, out _))
            {
                best.Add(v);
            }
            best.Reverse();
            return best;
        }
    }

    /// <summary>Orders candidates worst first: lower score, then higher index.</summary>
    private sealed class WorstFirst : IComparer<(float Score, int Vector)>
    {
        public static readonly WorstFirst Instance = new();

        public int Compare((float Score, int Vector) x, (float Score, int Vector) y)
        {
            var byScore = x.Score.CompareTo(y.Score);
            return byScore != 0 ? byScore : y.Vector.CompareTo(x.Vector);
        }
    }
}
