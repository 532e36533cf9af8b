namespace PaperGraph.Ml.Similarity;

/// <summary>A sparse vector with sorted indices and unit length, pruned to its heaviest features so memory stays
/// bounded however wide the featurizer's output is.</summary>
public sealed class SparseVector(int[] indices, float[] values)
{
    public int[] Indices { get; } = indices;

    public float[] Values { get; } = values;

    /// <summary>The <paramref name="keep"/> largest entries of a featurizer's row (indices ascending), scaled to unit length.</summary>
    public static SparseVector Pruned(ReadOnlySpan<int> indices, ReadOnlySpan<float> values, int keep)
    {
        var order = Enumerable.Range(0, values.Length).ToArray();
        var weights = values.ToArray();
        if (order.Length > keep)
        {
            Array.Sort(weights, order, Comparer<float>.Create((a, b) => b.CompareTo(a)));
            Array.Resize(ref order, keep);
        }
        Array.Sort(order);
        var kept = new int[order.Length];
        var keptValues = new float[order.Length];
        var norm = 0.0;
        for (var i = 0; i < order.Length; i++)
        {
            kept[i] = indices[order[i]];
            keptValues[i] = values[order[i]];
            norm += keptValues[i] * keptValues[i];
        }
        var scale = norm > 0 ? (float)(1 / Math.Sqrt(norm)) : 0f;
        for (var i = 0; i < keptValues.Length; i++)
        {
            keptValues[i] *= scale;
        }
        return new SparseVector(kept, keptValues);
    }

    /// <summary>Cosine similarity of two unit vectors.</summary>
    public double Dot(SparseVector other)
    {
        double sum = 0;
        int i = 0, j = 0;
        while (i < Indices.Length && j < other.Indices.Length)
        {
            var a = Indices[i];
            var b = other.Indices[j];
            if (a == b)
            {
                sum += Values[i++] * other.Values[j++];
            }
            else if (a < b)
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return sum;
    }

    /// <summary>The shared features, heaviest contribution first.</summary>
    public IEnumerable<int> SharedFeatures(SparseVector other)
    {
        var shared = new List<(int Index, float Weight)>();
        int i = 0, j = 0;
        while (i < Indices.Length && j < other.Indices.Length)
        {
            if (Indices[i] == other.Indices[j])
            {
                shared.Add((Indices[i], Values[i] * other.Values[j]));
                i++;
                j++;
            }
            else if (Indices[i] < other.Indices[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return shared.OrderByDescending(feature => feature.Weight).Select(feature => feature.Index);
    }
}
