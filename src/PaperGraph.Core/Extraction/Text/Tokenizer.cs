namespace PaperGraph.Core.Extraction.Text;

/// <summary>Splits text into word, number and punctuation tokens. Works the same on raw and
/// already-tokenised text ("TF - IDF"): matching later joins tokens across spaces and hyphens.</summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string text, IReadOnlyList<TextSpan> sentences)
    {
        var tokens = new List<Token>(text.Length / 5);
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            var i = sentence.Start;
            while (i < sentence.End)
            {
                var c = text[i];
                if (char.IsWhiteSpace(c))
                {
                    i++;
                    continue;
                }
                if (IsUrlStart(text, i, sentence.End))
                {
                    var urlEnd = i;
                    while (urlEnd < sentence.End && !char.IsWhiteSpace(text[urlEnd]))
                    {
                        urlEnd++;
                    }
                    // A web address is one opaque token: no names are matched inside it.
                    tokens.Add(new Token(i, urlEnd, TokenKind.Punctuation, s));
                    i = urlEnd;
                    continue;
                }
                if (!char.IsLetterOrDigit(c))
                {
                    tokens.Add(new Token(i, i + 1, TokenKind.Punctuation, s));
                    i++;
                    continue;
                }
                var end = ScanAlphanumeric(text, i, sentence.End, out var hasLetter);
                if (!hasLetter)
                {
                    // "CIFAR-10,100" lists two numbers; only a free-standing number has thousands ("1,000").
                    var glued = i > 0 && (text[i - 1] == '-' || char.IsLetter(text[i - 1]));
                    end = ScanNumberTail(text, end, sentence.End, allowThousands: !glued);
                }
                tokens.Add(new Token(i, end, hasLetter ? TokenKind.Word : TokenKind.Number, s));
                i = end;
            }
        }
        return tokens;
    }

    private static bool IsUrlStart(string text, int i, int limit)
    {
        var rest = text.AsSpan(i, limit - i);
        return rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
    }

    private static int ScanAlphanumeric(string text, int start, int limit, out bool hasLetter)
    {
        hasLetter = false;
        var i = start;
        while (i < limit && char.IsLetterOrDigit(text[i]))
        {
            hasLetter |= char.IsLetter(text[i]);
            i++;
        }
        return i;
    }

    /// <summary>Extends "2" over ".57" or ",000" so decimals and thousands stay one number.</summary>
    private static int ScanNumberTail(string text, int end, int limit, bool allowThousands)
    {
        while (end + 1 < limit && (text[end] == '.' || (allowThousands && text[end] == ',')) && char.IsAsciiDigit(text[end + 1]))
        {
            var next = end + 1;
            while (next < limit && char.IsAsciiDigit(text[next]))
            {
                next++;
            }
            end = next;
        }
        return end;
    }
}
