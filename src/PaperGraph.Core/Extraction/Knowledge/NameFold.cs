namespace PaperGraph.Core.Extraction.Knowledge;

/// <summary>Folding of names for lookup: only letters and digits, so "MS-COCO", "MS COCO" and
/// "MS - COCO" share one key.</summary>
internal static class NameFold
{
    /// <summary>Appends the letters and digits of <paramref name="source"/>, lower-cased or not.</summary>
    public static int Append(ReadOnlySpan<char> source, Span<char> buffer, int length, bool lower)
    {
        foreach (var c in source)
        {
            if (!char.IsLetterOrDigit(c))
            {
                continue;
            }
            if (length == buffer.Length)
            {
                return -1;
            }
            buffer[length++] = lower ? char.ToLowerInvariant(c) : c;
        }
        return length;
    }

    public static string Fold(string name, bool lower = true)
    {
        Span<char> buffer = stackalloc char[Math.Min(name.Length, 512)];
        var length = Append(name.AsSpan(0, Math.Min(name.Length, 512)), buffer, 0, lower);
        return new string(buffer[..length]);
    }
}
