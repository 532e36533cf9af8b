using PaperGraph.Core.Extraction.Knowledge;
using PaperGraph.Core.Extraction.Text;

namespace PaperGraph.Core.Extraction.Rules;

/// <summary>Dataset names the knowledge base lacks, from their context: "the X dataset",
/// "X and Y benchmarks", "datasets such as X, Y and Z", and the paper's own "X, a new benchmark"
/// or "a newly collected dataset, X". A name is a run of capitalised or coined tokens; lower-case
/// words ("large-scale dataset") are not names.</summary>
internal static class DatasetPatternFinder
{
    private static readonly WordSet Heads = Vocabulary.Words("dataset-heads");

    private static readonly WordSet ListCues = Vocabulary.Words("list-cues");

    /// <summary>Words that mark a dataset as the paper's own ("a new benchmark").</summary>
    private static readonly WordSet NoveltyWords = Vocabulary.Words("dataset-novelty-words");

    /// <summary>"data", "set": heads only after a split word ("test set") or an edition ("WMT09 data").</summary>
    private static readonly WordSet DataNouns = Vocabulary.Words("data-nouns");

    private static readonly WordSet SplitWords = Vocabulary.Words("dataset-split-words");

    private static readonly WordSet NounPhraseEnds = Vocabulary.Words("noun-phrase-ends");

    private const int DescriptionWords = 4;

    /// <summary>How many split words may stand between a name and its head ("test data set").</summary>
    private const int MaxSplitWords = 2;

    public static List<DatasetName> Find(AbstractDocument document)
    {
        var found = new List<DatasetName>();
        var tokens = document.Tokens;
        for (var i = 1; i < tokens.Count; i++)
        {
            if (document.IsWordIn(i, Heads))
            {
                NamesBefore(document, i, NameEnd(document, i), requireEdition: false, found);
                NamesAfter(document, i, found);
                Apposition(document, i, found);
            }
            else if (document.IsWordIn(i, DataNouns))
            {
                var nameEnd = NameEnd(document, i);
                if (nameEnd < i - 1 || document.TokenIs(i, "data"))
                {
                    NamesBefore(document, i, nameEnd, requireEdition: nameEnd == i - 1, found);
                }
            }
        }
        return found;
    }

    /// <summary>"Dynamic House Simulator, a new benchmark" and "a newly collected dataset,
    /// Entity-Foto-Tree (EFT)": a name set beside a description of a dataset.</summary>
    private static void Apposition(AbstractDocument document, int head, List<DatasetName> found)
    {
        var sentenceStart = document.FirstTokenOf(document.Tokens[head].Sentence);
        var article = head - 1;
        var novel = false;
        while (article >= sentenceStart && head - article <= DescriptionWords && !(document.TokenIs(article, "a") || document.TokenIs(article, "an")))
        {
            novel |= NoveltyWords.Contains(document.TokenText(article));
            article--;
        }
        if (article < sentenceStart || head - article > DescriptionWords)
        {
            return;
        }
        if (document.IsPunctuation(article - 1, ',') && article - 2 >= sentenceStart)
        {
            var first = RunStart(document, article - 2);
            if (first <= article - 2 && HasWord(document, first, article - 2))
            {
                found.Add(new DatasetName(document.SpanOf(first, article - 2), novel));
            }
        }
        if (novel && document.IsPunctuation(head + 1, ','))
        {
            var end = document.EndTokenOf(document.Tokens[head].Sentence);
            var last = RunEnd(document, head + 2, end);
            if (last >= head + 2 && HasWord(document, head + 2, last))
            {
                found.Add(new DatasetName(document.SpanOf(head + 2, last), Introduced: true));
            }
        }
    }

    /// <summary>The last token of the name before a head, past split words ("the BNC test set").</summary>
    private static int NameEnd(AbstractDocument document, int head)
    {
        var last = head - 1;
        while (last >= 0 && head - 1 - last < MaxSplitWords && document.IsWordIn(last, SplitWords))
        {
            last--;
        }
        // One lower-case word may say what the named data holds ("the NAIST text corpus").
        if (last >= 1 && IsLowerCaseWord(document, last) && IsNamePart(document, last - 1))
        {
            last--;
        }
        return last;
    }

    /// <summary>"the Berkeley DeepDrive dataset", "the CUB and SUN datasets", "the Arabic Treebank";
    /// with <paramref name="requireEdition"/>, only names with a number ("the TAC 2010 data").</summary>
    private static void NamesBefore(AbstractDocument document, int head, int last, bool requireEdition, List<DatasetName> found)
    {
        var closest = true;
        while (last >= 0 && document.Tokens[last].Sentence == document.Tokens[head].Sentence)
        {
            var first = RunStart(document, last);
            if (first > last || !HasWord(document, first, last) || (requireEdition && !HasNumber(document, first, last)))
            {
                return;
            }
            // A capitalised head is part of the name ("Penn Treebank", "Brown Corpus").
            var withHead = closest && last == head - 1 && IsNamePart(document, head);
            // A language alone says what the data is in, not its name ("the Chinese and English datasets").
            if (!withHead && first == last && NameShape.IsLanguageName(document.TokenText(first)))
            {
                return;
            }
            found.Add(new DatasetName(document.SpanOf(first, withHead ? head : last), Introduced: false));
            closest = false;
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
    private static void NamesAfter(AbstractDocument document, int head, List<DatasetName> found)
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
            found.Add(new DatasetName(document.SpanOf(i, last), Introduced: false));
            i = document.AfterListSeparator(last + 1);
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

    /// <summary>A plain lower-case noun inside a noun phrase: not "and", "of", "is" and the like.</summary>
    private static bool IsLowerCaseWord(AbstractDocument document, int index) =>
        document.Tokens[index].Kind == TokenKind.Word && !document.IsWordIn(index, NounPhraseEnds)
        && document.TokenText(index) is var word && word.Length > 2 && !word.ContainsAnyExceptInRange('a', 'z');

    private static bool HasNumber(AbstractDocument document, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (document.TokenText(i).ContainsAny("0123456789"))
            {
                return true;
            }
        }
        return false;
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
        // A plain capitalised word opening a sentence ("Large datasets ...") is not a name.
        var sentenceStart = index == document.FirstTokenOf(token.Sentence);
        return token.Kind == TokenKind.Word && !NameShape.IsFunctionWord(text)
            && (NameShape.IsCoined(text) || (NameShape.IsCapitalised(text) && !sentenceStart));
    }

    private static bool IsInnerJoiner(AbstractDocument document, int index) =>
        document.IsPunctuation(index, '-') || document.IsPunctuation(index, '\'') || document.IsPunctuation(index, '.');
}
