using System.Text;

namespace PaperGraph.Core.Corpus;

/// <summary>Normalises whitespace in titles: trims and collapses runs to one space.</summary>
internal static class TextCleanup
{
    public static string CollapseWhitespace(string text)
    {
        var trimmed = text.Trim();
        var sb = new StringBuilder(trimmed.Length);
        var inSpace = false;
        foreach (var c in trimmed)
        {
            if (char.IsWhiteSpace(c))
            {
                inSpace = true;
                continue;
            }
            if (inSpace)
            {
                sb.Append(' ');
                inSpace = false;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }
}
