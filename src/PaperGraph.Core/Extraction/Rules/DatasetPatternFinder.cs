using PaperGraph.Core.Extraction.Text;

namespace PaperGraph.Core.Extraction.Rules;

/// <summary>Dataset names the knowledge base lacks, from their context: "the X dataset",
/// "X and Y benchmarks", "datasets such as X, Y and Z". A name is a run of capitalised or
/// coined tokens; lower-case words ("large-scale dataset") are not names.</summary>
internal static class DatasetPatternFinder
{
    private static readonly WordSet Heads = new(
        "dataset", "datasets", "benchmark", "benchmarks", "corpus", "corpora", "database", "challenge");

    private static readonly WordSet ListCues = new(
        "such", "including", "include", "includes", "like", "namely");

    public static List<TextSpan> Find(AbstractDocument document)
    {
        var found = new List<TextSpan>();
        var tokens = document.Tokens;
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || !Heads.Contains(document.TokenText(i)))
            {
                continue;
            }
            NamesBefore(document, i, found);
            NamesAfter(document, i, found);
        }
        return found;
    }

    /// <summary>"the Berkeley DeepDrive dataset", "the CUB and SUN datasets".</summary>
    private static void NamesBefore(AbstractDocument document, int head, List<TextSpan> found)
    {
        var last = head - 1;
        while (last >= 0 && document.Tokens[last].Sentence == document.Tokens[head].Sentence)
        {
            var first = RunStart(document, last);
            if (first > last || !HasWord(document, first, last))
            {
                return;
            }
            found.Add(new TextSpan(document.Tokens[first].Start, document.Tokens[last].End));
            var before = first - 1;
            if (document.IsPunctuation(before, ',') && document.TokenIs(before - 1, "and"))
            {
                before--;
            }
            if (!(document.TokenIs(before, "and") || document.TokenIs(before, "or") || document.IsPunctuation(before, ',') || document.IsPunctuation(before, '/')))
            {
                return;
            }
            last = before - 1;
        }
    }

    /// <summary>"datasets such as X, Y and Z", "benchmarks: X, Y".</summary>
    private static void NamesAfter(AbstractDocument document, int head, List<TextSpan> found)
    {
        var i = head + 1;
        if (document.TokenIs(i, "such") && document.TokenIs(i + 1, "as"))
        {
            i += 2;
        }
        else if (ListCues.Contains(SafeText(document, i)) || document.IsPunctuation(i, ':') || document.IsPunctuation(i, '('))
        {
            i++;
        }
        else
        {
            return;
        }
        var sentence = document.Tokens[head].Sentence;
        var end = document.EndTokenOf(sentence);
        while (i < end)
        {
            var last = RunEnd(document, i, end);
            if (last < i || !HasWord(document, i, last))
            {
                return;
            }
            found.Add(new TextSpan(document.Tokens[i].Start, document.Tokens[last].End));
            i = last + 1;
            if (document.IsPunctuation(i, ','))
            {
                i++;
            }
            if (document.TokenIs(i, "and") || document.TokenIs(i, "or"))
            {
                i++;
            }
        }
    }

    private static ReadOnlySpan<char> SafeText(AbstractDocument document, int index) =>
        index < document.Tokens.Count ? document.TokenText(index) : [];

    private static int RunStart(AbstractDocument document, int last)
    {
        var first = last + 1;
        var i = last;
        var sentence = document.Tokens[last].Sentence;
        while (i >= 0 && document.Tokens[i].Sentence == sentence && first - i <= 6)
        {
            if (IsNamePart(document, i))
            {
                first = i;
                i--;
            }
            else if (IsInnerJoiner(document, i) && i - 1 >= 0 && IsNamePart(document, i - 1))
            {
                i--;
            }
            else
            {
                break;
            }
        }
        return first;
    }

    private static int RunEnd(AbstractDocument document, int first, int end)
    {
        var last = first - 1;
        var i = first;
        while (i < end && i - first <= 6)
        {
            if (IsNamePart(document, i))
            {
                last = i;
                i++;
            }
            else if (IsInnerJoiner(document, i) && i + 1 < end && IsNamePart(document, i + 1))
            {
                i++;
            }
            else
            {
                break;
            }
        }
        return last;
    }

    private static bool HasWord(AbstractDocument document, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (document.Tokens[i].Kind == TokenKind.Word)
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsNamePart(AbstractDocument document, int index)
    {
        var token = document.Tokens[index];
        var text = document.TokenText(index);
        if (token.Kind == TokenKind.Number)
        {
            return true;
        }
        return token.Kind == TokenKind.Word && (NameShape.IsCoined(text) || NameShape.IsCapitalised(text)) && !NameShape.IsFunctionWord(text);
    }

    private static bool IsInnerJoiner(AbstractDocument document, int index) =>
        document.IsPunctuation(index, '-') || document.IsPunctuation(index, '\'') || document.IsPunctuation(index, '.');
}
