namespace PaperGraph.Ml.Merges;

/// <summary>Levenshtein distance, and a similarity in [0, 1] from it.</summary>
public static class EditDistance
{
    public static int Between(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    /// <summary>1 minus the distance over the longer length.</summary>
    public static double Similarity(string a, string b) =>
        a.Length == 0 && b.Length == 0 ? 1 : 1 - (double)Between(a, b) / Math.Max(a.Length, b.Length);
}
