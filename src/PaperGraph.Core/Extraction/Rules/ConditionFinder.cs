using PaperGraph.Core.Extraction.Knowledge;
using PaperGraph.Core.Extraction.Text;

namespace PaperGraph.Core.Extraction.Rules;

/// <summary>The condition a result holds under, as the sentence writes it, starter word included
/// ("with 1% of the labels", "using a ViT-B backbone", "at 224×224", "under the mobile setting",
/// "zero-shot", "10-shot"): the word says which way the condition goes ("with" or "without" extra data).
/// A phrase belongs to the result it follows in its clause, else to the one it precedes; numbers listed
/// together share it, and with "respectively" a listed condition is split ("with one, two, or five
/// labels per class" gives "with five labels per class" to the third number).</summary>
internal sealed class ConditionFinder
{
    private const int MaxPhraseTokens = 10;

    private readonly ResultVocabulary _words;
    private readonly List<string[]> _conditionWords;

    public ConditionFinder(ResultVocabulary words)
    {
        _words = words;
        _conditionWords = words.ConditionWords.Select(w => w.Split(' ', StringSplitOptions.RemoveEmptyEntries)).OrderByDescending(w => w.Length).ToList();
    }

    /// <param name="numbers">Token indexes of the sentence's result numbers, in order.</param>
    /// <param name="methods">Method mentions: a named method makes a phrase a condition ("with ResNet-50").</param>
    /// <param name="stops">Dataset and score mentions, which end a phrase (a cost stays inside: "with 25M parameters").</param>
    public string?[] Find(AbstractDocument document, IReadOnlyList<int> numbers, MentionLookup methods, MentionLookup stops, bool respectively)
    {
        var sentence = document.Tokens[numbers[0]].Sentence;
        var phrases = Phrases(document, sentence, numbers.ToHashSet(), methods, stops);
        var conditions = new string?[numbers.Count];
        foreach (var run in Runs(document, numbers))
        {
            var phrase = After(document, phrases, numbers, run[^1]) ?? Before(document, phrases, numbers, run[0]);
            if (phrase is not { } p)
            {
                continue;
            }
            var split = respectively && run.Count > 1 ? Split(document, p, run.Count) : null;
            for (var k = 0; k < run.Count; k++)
            {
                conditions[run[k]] = split?[k] ?? Text(document, p.First, p.Last);
            }
        }
        return conditions;
    }

    private List<ConditionPhrase> Phrases(AbstractDocument document, int sentence, HashSet<int> numbers, MentionLookup methods, MentionLookup stops)
    {
        var phrases = new List<ConditionPhrase>();
        var end = document.EndTokenOf(sentence);
        for (var i = document.FirstTokenOf(sentence); i < end; i++)
        {
            ConditionPhrase? phrase = null;
            if (document.IsWordIn(i, _words.ConditionStarters))
            {
                var last = Extend(document, i, end, numbers, stops);
                phrase = last > i && IsCondition(document, i + 1, last, numbers, methods) ? new ConditionPhrase(i, last) : null;
            }
            else if (WordConditionEnd(document, i) is { } wordEnd)
            {
                phrase = new ConditionPhrase(i, wordEnd);
            }
            if (phrase is { } p)
            {
                phrases.Add(p);
                i = p.Last;
            }
        }
        return phrases;
    }

    /// <summary>The last token of the phrase a starter word opens: up to a result number, a dataset or
    /// metric, a clause mark or an ending word; a list of counts ("one, two, or five") stays inside.</summary>
    private int Extend(AbstractDocument document, int starter, int end, HashSet<int> numbers, MentionLookup stops)
    {
        var last = starter;
        for (var t = starter + 1; t < end && t - starter <= MaxPhraseTokens; t++)
        {
            var token = document.Tokens[t];
            if (numbers.Contains(t) || stops.StartingAt(token.Start) is not null || document.IsWordIn(t, _words.ConditionStarters))
            {
                break;
            }
            if (token.Kind == TokenKind.Punctuation)
            {
                var c = document.Text[token.Start];
                if (c is '-' or '%' or '×' or '/' or '\'' || (c == ',' && StartsCount(document, t + 1)))
                {
                    continue;
                }
                break;
            }
            var joinsCounts = (document.TokenIs(t, "and") || document.TokenIs(t, "or")) && IsCount(document, t + 1);
            if (document.IsWordIn(t, _words.ConditionEnds) && !joinsCounts)
            {
                break;
            }
            // A phrase never ends on the "and" of a list whose next count is a result.
            if (!joinsCounts)
            {
                last = t;
            }
        }
        return last;
    }

    /// <summary>A phrase that names a count, a condition noun or a method; "with a simple design" is not one.</summary>
    private bool IsCondition(AbstractDocument document, int first, int last, HashSet<int> numbers, MentionLookup methods)
    {
        for (var t = first; t <= last; t++)
        {
            if ((!numbers.Contains(t) && CountsSomething(document, t)) || document.IsWordIn(t, _words.NumberWords) || document.IsWordIn(t, _words.ConditionNouns)
                || Resolution.At(document, t) is not null || methods.StartingAt(document.Tokens[t].Start) is not null)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"1% of", "224×224", "8 GPUs": a number that counts something; "in 2020," does not.</summary>
    private static bool CountsSomething(AbstractDocument document, int t) =>
        document.Tokens[t].Kind == TokenKind.Number
        && (document.IsPunctuation(t + 1, '%') || document.IsPunctuation(t + 1, '×')
            || (t + 1 < document.Tokens.Count && document.Tokens[t + 1].Kind == TokenKind.Word));

    /// <summary>The last token of a condition written as one word at token <paramref name="i"/> ("zero-shot",
    /// "10-shot", "linear probing"), or null.</summary>
    public int? WordConditionEnd(AbstractDocument document, int i)
    {
        if (i < document.Tokens.Count && document.Tokens[i].Kind == TokenKind.Number && document.IsPunctuation(i + 1, '-') && document.IsWordIn(i + 2, _words.CountedConditions))
        {
            return i + 2;
        }
        return ConditionWordAt(document, i);
    }

    private int? ConditionWordAt(AbstractDocument document, int i)
    {
        foreach (var words in _conditionWords)
        {
            var t = i;
            var matched = true;
            foreach (var word in words)
            {
                // "zero-shot" is three tokens: "zero", "-", "shot".
                foreach (var part in Parts(word))
                {
                    if (!document.TokenIs(t, part))
                    {
                        matched = false;
                        break;
                    }
                    t++;
                }
                if (!matched)
                {
                    break;
                }
            }
            if (matched)
            {
                return t - 1;
            }
        }
        return null;
    }

    private static IEnumerable<string> Parts(string word)
    {
        var start = 0;
        for (var k = 0; k < word.Length; k++)
        {
            if (!char.IsLetterOrDigit(word[k]))
            {
                if (k > start)
                {
                    yield return word[start..k];
                }
                yield return word[k].ToString();
                start = k + 1;
            }
        }
        if (start < word.Length)
        {
            yield return word[start..];
        }
    }

    /// <summary>Indexes (into <paramref name="numbers"/>) of results listed together: only numbers,
    /// marks and "and"/"or" between them ("59.0 (+2.8), 69.5 (+3.0), and 74.4").</summary>
    private static List<List<int>> Runs(AbstractDocument document, IReadOnlyList<int> numbers)
    {
        var runs = new List<List<int>> { new() { 0 } };
        for (var k = 1; k < numbers.Count; k++)
        {
            var listed = true;
            for (var t = numbers[k - 1] + 1; t < numbers[k] && listed; t++)
            {
                listed = document.Tokens[t].Kind != TokenKind.Word || document.TokenIs(t, "and") || document.TokenIs(t, "or");
            }
            if (listed)
            {
                runs[^1].Add(k);
            }
            else
            {
                runs.Add([k]);
            }
        }
        return runs;
    }

    private ConditionPhrase? After(AbstractDocument document, List<ConditionPhrase> phrases, IReadOnlyList<int> numbers, int k)
    {
        var limit = k + 1 < numbers.Count ? numbers[k + 1] : int.MaxValue;
        var found = phrases.FirstOrDefault(p => p.First > numbers[k] && p.Last < limit);
        return found != default && !HasBreak(document, numbers[k], found.First) ? found : null;
    }

    private ConditionPhrase? Before(AbstractDocument document, List<ConditionPhrase> phrases, IReadOnlyList<int> numbers, int k)
    {
        var limit = k > 0 ? numbers[k - 1] : -1;
        var found = phrases.LastOrDefault(p => p.Last < numbers[k] && p.First > limit);
        return found != default && !HasBreak(document, found.Last, numbers[k]) ? found : null;
    }

    /// <summary>A clause boundary between two tokens: ";", ":" or a comma before a clause word (", and", ", while").</summary>
    private bool HasBreak(AbstractDocument document, int from, int to)
    {
        for (var t = from + 1; t < to; t++)
        {
            if (document.IsPunctuation(t, ';') || document.IsPunctuation(t, ':')
                || (document.IsPunctuation(t, ',') && document.IsWordIn(t + 1, _words.ClauseBreaks)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"with one, two, or five labels per class" split over three numbers: one phrase per count.</summary>
    private string[]? Split(AbstractDocument document, ConditionPhrase phrase, int count)
    {
        var items = new List<int>();
        for (var t = phrase.First; t <= phrase.Last; t++)
        {
            if (IsCount(document, t))
            {
                if (items.Count > 0 && !OnlySeparators(document, items[^1] + 1, t))
                {
                    return null;
                }
                items.Add(t);
            }
        }
        if (items.Count != count)
        {
            return null;
        }
        var head = document.Text[document.Tokens[phrase.First].Start..document.Tokens[items[0]].Start];
        var tail = document.Text[document.Tokens[items[^1]].End..document.Tokens[phrase.Last].End];
        return items.Select(t => head + document.TokenText(t).ToString() + tail).ToArray();
    }

    private static bool OnlySeparators(AbstractDocument document, int first, int end)
    {
        for (var t = first; t < end; t++)
        {
            if (!(document.IsPunctuation(t, ',') || document.TokenIs(t, "or") || document.TokenIs(t, "and")))
            {
                return false;
            }
        }
        return true;
    }

    private bool IsCount(AbstractDocument document, int t) =>
        t < document.Tokens.Count && (document.Tokens[t].Kind == TokenKind.Number || document.IsWordIn(t, _words.NumberWords));

    private bool StartsCount(AbstractDocument document, int t) =>
        IsCount(document, t) || ((document.TokenIs(t, "or") || document.TokenIs(t, "and")) && IsCount(document, t + 1));

    private static string Text(AbstractDocument document, int first, int last) =>
        document.Text[document.Tokens[first].Start..document.Tokens[last].End];
}
