namespace PaperGraph.Core.Extraction.Text;

/// <summary>Binary search over a list sorted by a position (tokens, mentions, definitions), so offset
/// lookups stay logarithmic on long inputs.</summary>
internal static class LowerBound
{
    /// <summary>Index of the first item for which <paramref name="isBefore"/> is false, or the count when
    /// there is none. The list must hold every item before <paramref name="key"/> ahead of the others.</summary>
    public static int Of<T>(IReadOnlyList<T> items, int key, Func<T, int, bool> isBefore)
    {
        int lo = 0, hi = items.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (isBefore(items[mid], key))
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }
}
