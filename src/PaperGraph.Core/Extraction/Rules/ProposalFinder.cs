using PaperGraph.Core.Extraction.Text;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Extraction.Rules;

/// <summary>Names the paper introduces: the coined word before a title's colon ("CSPNet: A New
/// Backbone ..."), the first name after "we propose / introduce / present", and names after
/// "dubbed / called / named / termed".</summary>
internal static class ProposalFinder
{
    private static readonly HashSet<string> ProposalVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "propose", "proposes", "introduce", "introduces", "present", "presents", "develop", "develops",
        "design", "designs", "devise", "devises", "build", "builds", "release", "releases", "construct",
        "constructs", "contribute", "create", "creates", "formulate", "formulates", "unveil", "establish",
    };

    private static readonly HashSet<string> NamingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "dubbed", "called", "named", "termed", "coined", "namely", "codenamed",
    };

    private static readonly HashSet<string> AuthorWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "we", "paper", "work", "study", "article", "letter", "here", "thus", "then", "also", "further", "first",
    };

    private static readonly HashSet<string> DatasetHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "dataset", "datasets", "benchmark", "benchmarks", "corpus", "database", "suite",
    };

    private const int Window = 16;

    public static List<ProposedName> Find(string title, AbstractDocument document, IReadOnlyList<AcronymDefinition> acronyms)
    {
        var found = new List<ProposedName>();
        if (TitleName(title, document, acronyms) is { } titleName)
        {
            found.Add(new ProposedName(titleName, EntityType.Method));
        }
        var tokens = document.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }
            var word = document.TokenText(i);
            var naming = NamingWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
            if (naming || (ProposalVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) && HasAuthorBefore(document, i)))
            {
                if (FirstNameAfter(document, i, acronyms, naming) is { } name)
                {
                    found.Add(name);
                }
            }
        }
        return found;
    }

    private static bool HasAuthorBefore(AbstractDocument document, int verb)
    {
        var sentenceStart = document.FirstTokenOf(document.Tokens[verb].Sentence);
        for (var i = verb - 1; i >= sentenceStart && i >= verb - 4; i--)
        {
            if (AuthorWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenText(i)))
            {
                return true;
            }
        }
        return false;
    }

    private static ProposedName? FirstNameAfter(AbstractDocument document, int cue, IReadOnlyList<AcronymDefinition> acronyms, bool naming)
    {
        var sentence = document.Tokens[cue].Sentence;
        var end = Math.Min(document.EndTokenOf(sentence), cue + (naming ? 3 : Window));
        for (var i = cue + 1; i < end; i++)
        {
            var token = document.Tokens[i];
            if (token.Kind == TokenKind.Punctuation && document.Text[token.Start] is ';' or ':' or '.')
            {
                return null;
            }
            foreach (var acronym in acronyms)
            {
                if (acronym.Whole.Contains(token.Start))
                {
                    return new ProposedName(document.Text[acronym.Short.Start..acronym.Short.End], TypeAfter(document, acronym.Whole.End));
                }
            }
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }
            var run = NameRun(document, i, naming);
            if (run is { } span)
            {
                return new ProposedName(document.Text[span.Start..span.End], TypeAfter(document, span.End));
            }
        }
        return null;
    }

    /// <summary>A coined name with its hyphenated parts ("ControlNet-XS"), or a run of two or more
    /// capitalised words ("Crossway Diffusion"); after "called" a single capitalised word is enough.</summary>
    internal static TextSpan? NameRun(AbstractDocument document, int first, bool capitalisedSuffices)
    {
        var tokens = document.Tokens;
        var text = document.TokenText(first);
        if (NameShape.IsFunctionWord(text))
        {
            return null;
        }
        if (NameShape.IsCoined(text) || (capitalisedSuffices && NameShape.IsCapitalised(text)))
        {
            var last = first;
            while (last + 2 < tokens.Count && tokens[last + 1].Start == tokens[last].End && IsJoiner(document, last + 1)
                   && tokens[last + 2].IsContent && tokens[last + 2].Start == tokens[last + 1].End)
            {
                last += 2;
            }
            return new TextSpan(tokens[first].Start, tokens[last].End);
        }
        if (!NameShape.IsCapitalised(text) || first == document.FirstTokenOf(tokens[first].Sentence))
        {
            return null;
        }
        var end = first;
        while (end + 1 < tokens.Count && tokens[end + 1].Kind == TokenKind.Word && NameShape.IsCapitalised(document.TokenText(end + 1))
               && !NameShape.IsFunctionWord(document.TokenText(end + 1)) && end - first < 4)
        {
            end++;
        }
        return end > first ? new TextSpan(tokens[first].Start, tokens[end].End) : null;
    }

    private static bool IsJoiner(AbstractDocument document, int index) =>
        document.Tokens[index].Kind == TokenKind.Punctuation && document.Text[document.Tokens[index].Start] is '-' or '\'' or '’' or '.';

    private static EntityType TypeAfter(AbstractDocument document, int offset)
    {
        var next = document.TokenAt(offset);
        for (var i = next; i < document.Tokens.Count && i < next + 3; i++)
        {
            if (DatasetHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.TokenText(i)))
            {
                return EntityType.Dataset;
            }
        }
        return EntityType.Method;
    }

    /// <summary>"CSPNet: A New Backbone ..." names CSPNet. A multi-word prefix counts only when the
    /// abstract uses it as a name too, so "Convergent Learning: ..." is not taken for one.</summary>
    private static string? TitleName(string title, AbstractDocument document, IReadOnlyList<AcronymDefinition> acronyms)
    {
        var colon = title.IndexOf(':');
        if (colon <= 0)
        {
            return null;
        }
        var prefix = title[..colon].Trim();
        var words = prefix.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > 4 || prefix.Contains(','))
        {
            return null;
        }
        if (words.Length == 1)
        {
            return prefix.Any(char.IsLetter) && char.IsUpper(prefix.First(char.IsLetter)) && !NameShape.IsFunctionWord(prefix) ? prefix : null;
        }
        if (!words.All(w => char.IsUpper(w[0])))
        {
            return null;
        }
        foreach (var acronym in acronyms)
        {
            if (document.Text.AsSpan(acronym.Long.Start, acronym.Long.Length).Equals(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return document.Text[acronym.Short.Start..acronym.Short.End];
            }
        }
        return document.Text.Contains(prefix, StringComparison.Ordinal) ? prefix : null;
    }
}
