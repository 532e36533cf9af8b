using PaperGraph.Core.Extraction.Text;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Extraction.Knowledge;

/// <summary>Hashed lookup of knowledge-base spellings over token sequences. Keys are folded
/// spellings; a set of all key prefixes stops the scan from a start token as soon as no
/// spelling can continue, so matching costs a few hash probes per token whatever the KB size.</summary>
internal sealed class PhraseIndex
{
    private const int MaxKeyLength = 96;
    private const int MaxTokens = 12;

    private readonly Dictionary<string, List<Spelling>> _byKey = new(StringComparer.Ordinal);
    private readonly HashSet<string> _prefixes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Spelling>>.AlternateLookup<ReadOnlySpan<char>> _keyLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _prefixLookup;

    public PhraseIndex(IEnumerable<KnowledgeEntry> entries)
    {
        foreach (var entry in entries)
        {
            foreach (var spelling in new[] { entry.Name }.Concat(entry.Aliases))
            {
                Add(entry, spelling);
            }
        }
        _keyLookup = _byKey.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixLookup = _prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Longest non-overlapping matches, left to right. A match never starts inside a
    /// hyphenated word ("mini-WebVision" is not "WebVision").</summary>
    public List<PhraseMatch> Match(AbstractDocument document)
    {
        var matches = new List<PhraseMatch>();
        var tokens = document.Tokens;
        Span<char> lower = stackalloc char[MaxKeyLength];
        Span<char> cased = stackalloc char[MaxKeyLength];
        var i = 0;
        while (i < tokens.Count)
        {
            if (!tokens[i].IsContent || StartsInsideHyphenatedWord(document, i))
            {
                i++;
                continue;
            }
            var best = LongestAt(document, i, lower, cased);
            if (best is { } match)
            {
                matches.Add(match);
                i = match.LastToken + 1;
            }
            else
            {
                i++;
            }
        }
        return matches;
    }

    private PhraseMatch? LongestAt(AbstractDocument document, int first, Span<char> lower, Span<char> cased)
    {
        var tokens = document.Tokens;
        PhraseMatch? best = null;
        var length = 0;
        var j = first;
        for (var count = 0; count < MaxTokens && j < tokens.Count; count++)
        {
            var tokenText = document.TokenText(j);
            var newLength = NameFold.Append(tokenText, lower, length, lower: true);
            if (newLength < 0)
            {
                break;
            }
            NameFold.Append(tokenText, cased, length, lower: false);
            length = newLength;
            var anyCase = document.IsLowerCased;
            var found = Find(lower[..length], cased[..length], plural: false, anyCase)
                ?? FindSingular(lower[..length], cased[..length], anyCase);
            if (found is not null)
            {
                best = new PhraseMatch(found, first, j);
            }
            if (!_prefixLookup.Contains(lower[..length]))
            {
                break;
            }
            j = NextContentToken(document, j);
            if (j < 0)
            {
                break;
            }
        }
        return best;
    }

    /// <summary>"U-Nets", "Vision Transformers", "accuracies": plurals of method, task and metric names.</summary>
    private KnowledgeEntry? FindSingular(ReadOnlySpan<char> lower, ReadOnlySpan<char> cased, bool anyCase)
    {
        var length = lower.Length;
        if (length <= 3 || lower[length - 1] != 's')
        {
            return null;
        }
        if (lower.EndsWith("ies"))
        {
            Span<char> lowerY = stackalloc char[length - 2];
            Span<char> casedY = stackalloc char[length - 2];
            lower[..(length - 3)].CopyTo(lowerY);
            cased[..(length - 3)].CopyTo(casedY);
            lowerY[^1] = 'y';
            casedY[^1] = 'y';
            if (Find(lowerY, casedY, plural: true, anyCase) is { } entry)
            {
                return entry;
            }
        }
        return Find(lower[..(length - 1)], cased[..(length - 1)], plural: true, anyCase);
    }

    private KnowledgeEntry? Find(ReadOnlySpan<char> lower, ReadOnlySpan<char> cased, bool plural, bool anyCase)
    {
        if (!_keyLookup.TryGetValue(lower, out var spellings))
        {
            return null;
        }
        foreach (var spelling in spellings)
        {
            if (plural && spelling.Entry.Type == EntityType.Dataset)
            {
                continue;
            }
            // In lower-cased text only acronym spellings relax; names marked case-sensitive in the
            // knowledge base ("DROP", "RACE") are English words when lower-cased.
            var relaxed = anyCase && !spelling.Entry.CaseSensitive;
            if (!spelling.CaseSensitive || relaxed || cased.SequenceEqual(spelling.CasedKey))
            {
                return spelling.Entry;
            }
        }
        return null;
    }

    /// <summary>The next token that continues a name: directly after whitespace, or after one or two
    /// joining marks.</summary>
    private static int NextContentToken(AbstractDocument document, int current)
    {
        var tokens = document.Tokens;
        var next = current + 1;
        if (next >= tokens.Count || tokens[next].Sentence != tokens[current].Sentence)
        {
            return -1;
        }
        if (tokens[next].IsContent)
        {
            return next;
        }
        // Up to two joining marks: "MS-COCO", "TF - IDF", "Children ' s", "Fr\'echet", "Feynman--Kac".
        for (var marks = 0; marks < 2 && next < tokens.Count && IsJoiningMark(document, next, tokens[current].Sentence); marks++)
        {
            next++;
            if (next < tokens.Count && tokens[next].IsContent && tokens[next].Sentence == tokens[current].Sentence)
            {
                return next;
            }
        }
        return -1;
    }

    private static bool IsJoiningMark(AbstractDocument document, int index, int sentence) =>
        document.Tokens[index].Kind == TokenKind.Punctuation && document.Tokens[index].Sentence == sentence
        && document.Text[document.Tokens[index].Start] is '-' or '\'' or '’' or '/' or '.' or '_' or '+' or '@' or '‐' or '–' or '\\';

    private static bool StartsInsideHyphenatedWord(AbstractDocument document, int index)
    {
        var start = document.Tokens[index].Start;
        return start >= 2 && document.Text[start - 1] == '-' && char.IsLetterOrDigit(document.Text[start - 2]);
    }

    private void Add(KnowledgeEntry entry, string spelling)
    {
        var key = NameFold.Fold(spelling);
        if (key.Length == 0 || key.Length > MaxKeyLength)
        {
            return;
        }
        var cased = NameFold.Fold(spelling, lower: false);
        var caseSensitive = entry.CaseSensitive || IsAcronymLike(spelling);
        if (!_byKey.TryGetValue(key, out var list))
        {
            list = [];
            _byKey[key] = list;
        }
        list.Add(new Spelling(entry, cased, caseSensitive));
        for (var n = 1; n <= key.Length; n++)
        {
            _prefixes.Add(key[..n]);
        }
    }

    /// <summary>Short spellings with capitals ("AP", "COCO", "DARTS") and all-capital ones
    /// ("PROTEINS", "COLLAB") are only names when written so; otherwise they are ordinary words.
    /// Spellings with digits ("cifar10") are distinctive in any case.</summary>
    private static bool IsAcronymLike(string spelling)
    {
        var letters = spelling.Count(char.IsLetter);
        var upper = spelling.Count(char.IsUpper);
        return upper > 0 && !spelling.Any(char.IsDigit) && (letters <= 5 || upper == letters);
    }

    private sealed record Spelling(KnowledgeEntry Entry, string CasedKey, bool CaseSensitive);
}
