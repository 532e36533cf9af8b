namespace PaperGraph.Ml.Merges;

/// <summary>What the rules say two names can be before any score: differing numbers or versions rule a merge out
/// (CIFAR-10 and CIFAR-100, YOLOv4 and YOLOv7, top-1 and top-5), and a name that is another plus words that are not
/// filler is a variant of it (ImageNet-1K and Tiny ImageNet of ImageNet), never a duplicate. So are names that each
/// have a word the other lacks (semi- and self-supervised learning), two different acronyms (QAT and PTQ), a word
/// and a phrase it does not abbreviate (DiT and Stable Diffusion), and a word that is another with letters added
/// (XFMamba of Mamba).</summary>
public enum NameRelation
{
    /// <summary>Nothing rules a merge out: the classifier decides.</summary>
    PossibleDuplicate,
    /// <summary>The second name is the first plus qualifying words or numbers.</summary>
    SecondIsVariant,
    /// <summary>The first name is the second plus qualifying words or numbers.</summary>
    FirstIsVariant,
    /// <summary>Different things (their numbers or versions differ).</summary>
    Distinct,
}

public static class NameRelations
{
    /// <summary>Letters that a one-word name adds to another before it is a variant rather than a spelling ("ResNets").</summary>
    private const int VariantLetters = 2;

    public static NameRelation Of(NameParts first, NameParts second)
    {
        if (first.Content.Count > 0 && second.Content.Count > 0)
        {
            if (first.Content.IsProperSubsetOf(second.Content))
            {
                return NameRelation.SecondIsVariant;
            }
            if (second.Content.IsProperSubsetOf(first.Content))
            {
                return NameRelation.FirstIsVariant;
            }
        }
        if (!first.Numbers.SetEquals(second.Numbers))
        {
            return NameRelation.Distinct;
        }
        if (first.Folded == second.Folded || first.Content.Count == 0 || second.Content.Count == 0)
        {
            return NameRelation.PossibleDuplicate;
        }
        return (first.ContentWords.Count, second.ContentWords.Count) switch
        {
            ( > 1, > 1) => (HasOwnWord(first, second), HasOwnWord(second, first)) switch
            {
                (true, true) => NameRelation.Distinct,
                (true, false) => NameRelation.FirstIsVariant,
                (false, true) => NameRelation.SecondIsVariant,
                _ => NameRelation.PossibleDuplicate,
            },
            (1, > 1) => WordAndPhrase(first, second),
            ( > 1, 1) => WordAndPhrase(second, first),
            _ => TwoWords(first, second),
        };
    }

    /// <summary>A one-word name that neither abbreviates a phrase nor shares a word with it names something else.</summary>
    private static NameRelation WordAndPhrase(NameParts word, NameParts phrase) =>
        word.Abbreviates(phrase) || !HasOwnWord(word, phrase) ? NameRelation.PossibleDuplicate : NameRelation.Distinct;

    private static NameRelation TwoWords(NameParts first, NameParts second)
    {
        if (first.Stem == second.Stem)
        {
            return NameRelation.PossibleDuplicate;
        }
        if (first.IsAcronym && second.IsAcronym)
        {
            return NameRelation.Distinct;
        }
        if (IsAffixed(first, second))
        {
            return NameRelation.FirstIsVariant;
        }
        return IsAffixed(second, first) ? NameRelation.SecondIsVariant : NameRelation.PossibleDuplicate;
    }

    /// <summary>Whether <paramref name="word"/> is <paramref name="other"/>, whole or without its filler ending, with
    /// letters added before or after it (RadImageNet of ImageNet, XFMamba of Mamba).</summary>
    private static bool IsAffixed(NameParts word, NameParts other) =>
        IsAffixed(word.Folded, other.Folded) || IsAffixed(word.Folded, other.Stem);

    /// <summary>Whether <paramref name="word"/> is <paramref name="stem"/> with letters added before or after it.</summary>
    private static bool IsAffixed(string word, string stem) =>
        stem.Length >= 3 && word.Length >= stem.Length + VariantLetters
        && (word.StartsWith(stem, StringComparison.Ordinal) || word.EndsWith(stem, StringComparison.Ordinal));

    /// <summary>Whether <paramref name="name"/> has a content word that is neither a word of <paramref name="other"/>,
    /// nor a spelling of one (one edit in a long word), nor a run of its words written together ("pretraining").</summary>
    private static bool HasOwnWord(NameParts name, NameParts other)
    {
        var otherRuns = Runs(other.ContentWords).ToList();
        var words = name.ContentWords;
        for (var i = 0; i < words.Count; i++)
        {
            var covered = otherRuns.Any(run => Spells(words[i], run))
                || Runs(words).Where(run => run.Contains(words[i], StringComparison.Ordinal) && run.Length > words[i].Length)
                    .Any(run => other.ContentWords.Any(word => Spells(run, word)));
            if (!covered)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Single words and runs of two or three consecutive words written together.</summary>
    private static IEnumerable<string> Runs(IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            for (var length = 1; length <= 3 && i + length <= words.Count; length++)
            {
                yield return string.Concat(words.Skip(i).Take(length));
            }
        }
    }

    /// <summary>Shortest words in which one edit is a spelling ("modelling") rather than another word ("micro", "macro").</summary>
    private const int SpellingLength = 6;

    private static bool Spells(string a, string b) =>
        a == b || (Math.Min(a.Length, b.Length) >= SpellingLength && EditDistance.Between(a, b) <= 1);
}
