using PaperGraph.Core.Extraction.Text;

namespace PaperGraph.Core.Extraction.Rules;

/// <summary>Finds "Long Form (SF)" and "SF (Long Form)" definitions with the Schwartz-Hearst
/// rule: the short form's letters occur in order in the long form, the first one starting a word,
/// and the long form is the shortest such run of at most min(|SF| + 5, 2|SF|) words.</summary>
internal static class AcronymDefinitionFinder
{
    private const int MaxShortLength = 16;

    public static List<AcronymDefinition> Find(AbstractDocument document)
    {
        var found = new List<AcronymDefinition>();
        var tokens = document.Tokens;
        for (var open = 1; open < tokens.Count; open++)
        {
            if (!document.IsPunctuation(open, '(') && !document.IsPunctuation(open, '['))
            {
                continue;
            }
            var close = FindClose(document, open);
            if (close < 0)
            {
                continue;
            }
            var definition = ShortInParentheses(document, open, close) ?? LongInParentheses(document, open, close);
            if (definition is not null)
            {
                found.Add(definition);
            }
        }
        return found;
    }

    private static int FindClose(AbstractDocument document, int open)
    {
        var closing = document.Text[document.Tokens[open].Start] == '(' ? ')' : ']';
        for (var i = open + 1; i < document.Tokens.Count && i <= open + 16; i++)
        {
            if (document.Tokens[i].Sentence != document.Tokens[open].Sentence)
            {
                return -1;
            }
            if (document.IsPunctuation(i, closing))
            {
                return i;
            }
            if (document.IsPunctuation(i, '(') || document.IsPunctuation(i, ';') || document.IsPunctuation(i, ','))
            {
                return -1;
            }
        }
        return -1;
    }

    /// <summary>"Cross Stage Partial Network (CSPNet)"; also tokenised "( CSPNet )".</summary>
    private static AcronymDefinition? ShortInParentheses(AbstractDocument document, int open, int close)
    {
        if (close - open < 2)
        {
            return null;
        }
        var shortSpan = document.SpanOf(open + 1, close - 1);
        var shortForm = document.Text.AsSpan(shortSpan.Start, shortSpan.Length);
        if (!IsShortForm(shortForm))
        {
            return null;
        }
        var letters = CountLettersAndDigits(shortForm);
        var maxWords = Math.Min(letters + 5, letters * 2);
        var sentenceStart = document.FirstTokenOf(document.Tokens[open].Sentence);
        if (!document.Tokens[open - 1].IsContent || document.Tokens[open - 1].Sentence != document.Tokens[open].Sentence)
        {
            return null;
        }
        var first = open - 1;
        var words = 0;
        for (var i = open - 1; i >= sentenceStart && words < maxWords; i--)
        {
            if (!document.Tokens[i].IsContent && IsClauseBreak(document.Text[document.Tokens[i].Start]))
            {
                break;
            }
            words += document.Tokens[i].IsContent ? 1 : 0;
            first = i;
        }
        var windowStart = document.Tokens[first].Start;
        var windowEnd = document.Tokens[open - 1].End;
        var window = document.Text.AsSpan(windowStart, windowEnd - windowStart);
        var longStart = MatchInitials(shortForm, window);
        if (longStart < 0)
        {
            longStart = MatchLongForm(shortForm, window);
        }
        return longStart < 0 ? null : new AcronymDefinition(new TextSpan(windowStart + longStart, windowEnd), shortSpan, document.Tokens[open].Sentence);
    }

    /// <summary>"CSPNet (Cross Stage Partial Network)".</summary>
    private static AcronymDefinition? LongInParentheses(AbstractDocument document, int open, int close)
    {
        var before = open - 1;
        if (!document.Tokens[before].IsContent || close - open < 3)
        {
            return null;
        }
        var shortSpan = document.Tokens[before].Span;
        var shortForm = document.Text.AsSpan(shortSpan.Start, shortSpan.Length);
        if (!IsShortForm(shortForm))
        {
            return null;
        }
        var inner = document.SpanOf(open + 1, close - 1);
        var longForm = document.Text.AsSpan(inner.Start, inner.Length);
        return MatchLongForm(shortForm, longForm) == 0 && longForm.Contains(' ')
            ? new AcronymDefinition(inner, shortSpan, document.Tokens[open].Sentence)
            : null;
    }

    /// <summary>Offset where a long form starts whose word initials spell the short form's letters
    /// ("Street-Sign-Scenes (SSS)", "partial Bayesian neural networks (pBNNs)") or its capitals
    /// ("Cross Stage Partial Network (CSPNet)"), or -1. Tried before the letter-by-letter rule,
    /// which would take "Sign-Scenes" for "SSS".</summary>
    private static int MatchInitials(ReadOnlySpan<char> shortForm, ReadOnlySpan<char> window)
    {
        shortForm = WithoutVersion(shortForm);
        Span<char> letters = stackalloc char[shortForm.Length];
        Span<char> capitals = stackalloc char[shortForm.Length];
        int letterCount = 0, capitalCount = 0;
        for (var i = 0; i < shortForm.Length; i++)
        {
            var c = shortForm[i];
            var pluralS = c == 's' && i == shortForm.Length - 1 && i > 0;
            if (char.IsLetter(c) && !pluralS)
            {
                letters[letterCount++] = char.ToLowerInvariant(c);
            }
            if (char.IsUpper(c))
            {
                capitals[capitalCount++] = char.ToLowerInvariant(c);
            }
        }
        var start = InitialsStart(letters[..letterCount], window);
        return start >= 0 || capitalCount == letterCount ? start : InitialsStart(capitals[..capitalCount], window);
    }

    /// <summary>Start of the last <paramref name="initials"/>.Length words of the window when their
    /// first letters are exactly those initials, else -1. Words are split at spaces and hyphens.</summary>
    private static int InitialsStart(ReadOnlySpan<char> initials, ReadOnlySpan<char> window)
    {
        if (initials.Length < 2)
        {
            return -1;
        }
        var end = window.Length;
        for (var k = initials.Length - 1; k >= 0; k--)
        {
            var wordStart = end;
            while (wordStart > 0 && window[wordStart - 1] is not (' ' or '-'))
            {
                wordStart--;
            }
            if (wordStart == end || char.ToLowerInvariant(window[wordStart]) != initials[k])
            {
                return -1;
            }
            if (k == 0)
            {
                return wordStart;
            }
            end = wordStart - 1;
            while (end > 0 && window[end - 1] is ' ' or '-')
            {
                end--;
            }
            if (end <= 0)
            {
                return -1;
            }
        }
        return -1;
    }

    /// <summary>Offset in <paramref name="longForm"/> where the shortest long form starts, or -1.
    /// A version suffix of the short form ("OTOv3", "GPT-2") is not spelled out in the long form.</summary>
    private static int MatchLongForm(ReadOnlySpan<char> shortForm, ReadOnlySpan<char> longForm)
    {
        shortForm = WithoutVersion(shortForm);
        var firstAlphanumeric = FirstAlphanumeric(shortForm);
        var s = shortForm.Length - 1;
        var l = longForm.Length - 1;
        while (s >= 0)
        {
            var c = char.ToLowerInvariant(shortForm[s]);
            if (!char.IsLetterOrDigit(c))
            {
                s--;
                continue;
            }
            while (l >= 0 && (char.ToLowerInvariant(longForm[l]) != c || (s == firstAlphanumeric && l > 0 && char.IsLetterOrDigit(longForm[l - 1]))))
            {
                l--;
            }
            if (l < 0)
            {
                return -1;
            }
            l--;
            s--;
        }
        var start = l + 1;
        var candidate = longForm[start..];
        if (candidate.Contains(shortForm, StringComparison.Ordinal) || (!candidate.ContainsAny(' ', '-') && candidate.Length < shortForm.Length + 3))
        {
            return -1;
        }
        return start;
    }

    private static ReadOnlySpan<char> WithoutVersion(ReadOnlySpan<char> shortForm)
    {
        var end = shortForm.Length;
        while (end > 0 && char.IsAsciiDigit(shortForm[end - 1]))
        {
            end--;
        }
        if (end == shortForm.Length)
        {
            return shortForm;
        }
        if (end > 0 && shortForm[end - 1] is 'v' or '-')
        {
            end--;
        }
        return CountLettersAndDigits(shortForm[..end]) >= 2 ? shortForm[..end] : shortForm;
    }

    private static bool IsClauseBreak(char c) => c is ',' or ';' or ':' or '(' or ')' or '[' or ']' or '.' or '"';

    private static int FirstAlphanumeric(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return i;
            }
        }
        return -1;
    }

    private static bool IsShortForm(ReadOnlySpan<char> text)
    {
        if (text.Length < 2 || text.Length > MaxShortLength || !char.IsLetterOrDigit(text[0]) || text.ContainsAny(' ', '%', '='))
        {
            return false;
        }
        var letters = 0;
        var upper = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                upper += char.IsUpper(c) ? 1 : 0;
            }
        }
        return letters >= 2 && upper >= 1;
    }

    private static int CountLettersAndDigits(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            count += char.IsLetterOrDigit(c) ? 1 : 0;
        }
        return count;
    }
}
