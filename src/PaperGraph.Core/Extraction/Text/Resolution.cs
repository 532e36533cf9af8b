using System.Text.RegularExpressions;

namespace PaperGraph.Core.Extraction.Text;

/// <summary>Image resolutions written "256x256", "256 × 256" or "256 x 256", normalised to "256×256".</summary>
internal static partial class Resolution
{
    [GeneratedRegex(@"(?<!\d)(\d{2,4})\s*[x×X]\s*(\d{2,4})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>The resolution a name contains ("Imagenet32x32" is "32×32"), or null.</summary>
    public static string? In(string name) =>
        Pattern().Match(name) is { Success: true } m ? $"{m.Groups[1].Value}×{m.Groups[2].Value}" : null;

    /// <summary>The resolution written from token <paramref name="first"/> on, with the index of its last token.</summary>
    public static (string Text, int Last)? At(AbstractDocument document, int first)
    {
        var tokens = document.Tokens;
        if (first < 0 || first >= tokens.Count)
        {
            return null;
        }
        if (tokens[first].Kind == TokenKind.Word)
        {
            var word = document.TokenText(first).ToString();
            return Pattern().Match(word) is { Success: true } m && m.Length == word.Length ? (In(word)!, first) : null;
        }
        var spread = first + 2 < tokens.Count
            && tokens[first].Kind == TokenKind.Number
            && (document.IsPunctuation(first + 1, '×') || document.TokenIs(first + 1, "x"))
            && tokens[first + 2].Kind == TokenKind.Number
            && tokens[first + 2].Sentence == tokens[first].Sentence;
        return spread ? ($"{document.TokenText(first)}×{document.TokenText(first + 2)}", first + 2) : null;
    }
}
