namespace PaperGraph.Core.Model;

/// <summary>The one folding of names: only letters and digits, so "MS-COCO", "MS COCO" and
/// "MS - COCO" share one key. <see cref="EntityKey"/> and the extractor's lookups both fold here,
/// so a name always folds the same way wherever it is compared.</summary>
internal static class NameFold
{
    /// <summary>Names this long or shorter fold on the stack.</summary>
    private const int StackLimit = 256;

    /// <summary>Appends the letters and digits of <paramref name="source"/>, lower-cased or not;
    /// -1 when they do not fit in <paramref name="buffer"/>.</summary>
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
        Span<char> buffer = name.Length <= StackLimit ? stackalloc char[name.Length] : new char[name.Length];
        var length = Append(name, buffer, 0, lower);
        return new string(buffer[..length]);
    }
}
