namespace PaperGraph.Core.Corpus;

/// <summary>Tells title lines from abstract lines in a scraped listing. Abstracts are prose: long, or
/// several sentences. Titles are short and not sentences.</summary>
internal static class ListingLayout
{
    private const int ProseLength = 250;
    private const int ShortProseLength = 80;

    public static bool IsAbstract(string line) =>
        line.Length >= ProseLength || (line.Length >= ShortProseLength && SentenceBreaks(line) >= 2);

    /// <summary>True when some title line is directly followed by an abstract line.</summary>
    public static bool HasTitleAbstractPair(IReadOnlyList<string> lines)
    {
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            var title = lines[i].Trim();
            if (title.Length > 0 && !IsAbstract(title) && IsAbstract(lines[i + 1].Trim()))
            {
                return true;
            }
        }
        return false;
    }

    private static int SentenceBreaks(string line)
    {
        var count = 0;
        for (var i = 1; i < line.Length; i++)
        {
            var c = line[i - 1];
            if ((c == '.' || c == '?' || c == '!') && char.IsWhiteSpace(line[i]))
            {
                count++;
            }
        }
        return count + (line.EndsWith('.') ? 1 : 0);
    }
}
