using PaperGraph.Core.Extraction.Knowledge;
using PaperGraph.Core.Extraction.Text;

namespace PaperGraph.Core.Extraction.Rules;

/// <summary>Task names the knowledge base lacks: a task head noun ("segmentation", "detection",
/// "recommendation") with the domain words written before it ("polyp segmentation", "traffic object
/// detection", "cross-silo federated learning"). Qualities ("efficient", "real-time"), verbs and
/// function words are not part of a task name.</summary>
internal static class TaskPhraseFinder
{
    private const int MaxModifiers = 3;

    private static readonly WordSet Heads = Vocabulary.Words("task-heads");

    private static readonly WordSet NotModifiers = Vocabulary.Words("task-not-modifiers");

    /// <summary>Hyphenated qualities ("task-agnostic", "memory-efficient") describe, they do not name.</summary>
    private static readonly string[] QualitySuffixes = Vocabulary.Entries("task-quality-suffixes");

    private static readonly WordSet TaskNouns = Vocabulary.Words("task-nouns");

    /// <summary>Heads that name a task with no domain word before them ("improves parsing").</summary>
    private static readonly WordSet StandaloneHeads = Vocabulary.Words("standalone-task-heads");

    private static readonly WordSet NounPhraseEnds = Vocabulary.Words("noun-phrase-ends");

    public static List<TextSpan> Find(AbstractDocument document)
    {
        var found = new List<TextSpan>();
        var tokens = document.Tokens;
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }
            var head = HeadText(document, i, out var headFirst);
            if (Heads.Contains(head) && !AddWithModifiers(document, headFirst, i, found)
                && StandaloneHeads.Contains(head) && EndsNounPhrase(document, i))
            {
                found.Add(document.SpanOf(headFirst, i));
            }
            else if (document.IsWordIn(i, TaskNouns) && CompoundWord.LastToken(document, i) == i && IsTaskHead(document, i - 1))
            {
                // "the sentence ordering task", "story cloze tasks": the words before "task" name it.
                AddWithModifiers(document, i - 1, i - 1, found);
            }
        }
        return found;
    }

    /// <summary>The head with up to <see cref="MaxModifiers"/> domain words before it, when it has any;
    /// false when it has none.</summary>
    private static bool AddWithModifiers(AbstractDocument document, int headFirst, int last, List<TextSpan> found)
    {
        var tokens = document.Tokens;
        var first = headFirst;
        var modifiers = 0;
        var j = headFirst - 1;
        // A capitalised head ("Dialog State Tracking") takes capitalised modifiers.
        var titleCase = char.IsUpper(document.TokenText(headFirst)[0]);
        while (j >= 0 && modifiers < MaxModifiers && tokens[j].Sentence == tokens[last].Sentence)
        {
            var wordFirst = CompoundStart(document, j);
            if (!IsModifier(document, wordFirst, j, titleCase))
            {
                break;
            }
            first = wordFirst;
            modifiers++;
            j = wordFirst - 1;
        }
        // "to accomplish tumor segmentation": a verb after "to" is not part of the task.
        if (modifiers > 0 && document.TokenIs(first - 1, "to"))
        {
            first = CompoundWord.LastToken(document, first) + 1;
            modifiers--;
        }
        if (modifiers > 0)
        {
            found.Add(document.SpanOf(first, last));
        }
        return modifiers > 0;
    }

    /// <summary>The head is not itself a modifier of a following noun ("parsing model"), unless that
    /// noun measures the task ("parsing accuracy", "translation quality").</summary>
    private static bool EndsNounPhrase(AbstractDocument document, int head)
    {
        var next = head + 1;
        return next >= document.Tokens.Count || document.Tokens[next].Sentence != document.Tokens[head].Sentence
            || document.Tokens[next].Kind != TokenKind.Word || document.IsWordIn(next, NounPhraseEnds);
    }

    /// <summary>A plain lower-case word in the singular right before "task" ("ordering", "cloze");
    /// known task heads are found on their own.</summary>
    private static bool IsTaskHead(AbstractDocument document, int index)
    {
        if (index < 1 || document.Tokens[index].Kind != TokenKind.Word || CompoundStart(document, index) != index
            || document.Tokens[index].Sentence != document.Tokens[index + 1].Sentence)
        {
            return false;
        }
        var word = document.TokenText(index);
        foreach (var c in word)
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }
        return word.Length > 2 && !Heads.Contains(word) && !NotModifiers.Contains(word)
               && !(word.EndsWith('s') && !word.EndsWith("ss")) && !word.EndsWith("ed") && !word.EndsWith("ly");
    }

    /// <summary>The head word, taking "super-resolution" and "pre-training" whole.</summary>
    private static ReadOnlySpan<char> HeadText(AbstractDocument document, int last, out int first)
    {
        first = CompoundStart(document, last);
        var whole = CompoundWord.Text(document, first, last);
        if (Heads.Contains(whole))
        {
            return whole;
        }
        first = last;
        return document.TokenText(last);
    }

    private static int CompoundStart(AbstractDocument document, int last)
    {
        var first = last;
        while (first >= 2 && document.Tokens[first - 1].Kind == TokenKind.Punctuation
               && document.Text[document.Tokens[first - 1].Start] == '-'
               && document.Tokens[first - 1].Start == document.Tokens[first - 2].End
               && document.Tokens[first].Start == document.Tokens[first - 1].End
               && document.Tokens[first - 2].IsContent)
        {
            first -= 2;
        }
        return first;
    }

    /// <summary>A lower-case noun (a capitalised one under a capitalised head) or short acronym
    /// ("polyp", "cross-silo", "RGBD", "3D"); not a
    /// quality, verb form, adverb or function word.</summary>
    private static bool IsModifier(AbstractDocument document, int first, int last, bool titleCase)
    {
        if (!document.Tokens[first].IsContent)
        {
            return false;
        }
        var word = CompoundWord.Text(document, first, last);
        if (NotModifiers.Contains(word))
        {
            return false;
        }
        foreach (var suffix in QualitySuffixes)
        {
            if (word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        // Directions of a mapping name the task: "English-to-German translation", "text-to-SQL parsing".
        if (word.Contains("-to-", StringComparison.Ordinal))
        {
            return true;
        }
        // A language qualifies the task ("Chinese word segmentation").
        if (NameShape.IsLanguageName(word))
        {
            return true;
        }
        if (first == last && word.Length <= 5 && NameShape.IsCoined(word) || (word.Length == 2 && char.IsDigit(word[0]) && word[1] == 'D'))
        {
            return true;
        }
        var cased = char.IsLower(word[0]) || (titleCase && char.IsUpper(word[0]) && !NameShape.IsFunctionWord(word));
        if (!cased || word.Length < 2)
        {
            return false;
        }
        var tail = document.TokenText(last);
        return !(tail.EndsWith("ing") || tail.EndsWith("ed") || tail.EndsWith("ly") || (tail.EndsWith('s') && !tail.EndsWith("ss")) || tail.EndsWith("ive") || tail.EndsWith("ous") || tail.EndsWith("able") || tail.EndsWith("ful"));
    }
}
