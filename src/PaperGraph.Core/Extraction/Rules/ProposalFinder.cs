using PaperGraph.Core.Extraction.Text;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Extraction.Rules;

/// <summary>Names the paper introduces: the name before a title's colon ("CSPNet: A New Backbone"),
/// the first name after "we propose / introduce / present", names after "dubbed / called / named",
/// "our X" and "the proposed X", and acronyms the authors define in sentences about their own work.</summary>
internal static class ProposalFinder
{
    private static readonly HashSet<string> ProposalVerbs = Words(
        "propose", "proposes", "proposing", "introduce", "introduces", "introducing", "present", "presents",
        "presenting", "develop", "develops", "developing", "design", "designs", "devise", "devises", "build",
        "builds", "release", "releases", "construct", "constructs", "create", "creates", "formulate", "unveil",
        "establish", "call", "curate", "curates", "collect", "offer");

    private static readonly HashSet<string> NamingWords = Words(
        "dubbed", "called", "named", "termed", "coined", "namely", "codenamed", "proposed");

    private static readonly HashSet<string> AuthorWords = Words("we", "our", "paper", "work", "study", "article", "here");

    /// <summary>Words that end the object of a proposal verb ("we propose a technique to ...").</summary>
    private static readonly HashSet<string> ObjectEnds = Words(
        "to", "that", "which", "where", "wherein", "whereby", "by", "for", "with", "in", "on", "using", "based",
        "from", "of", "via", "through", "and", "as", "is", "are", "can", "while");

    private static readonly HashSet<string> NoveltyCues = Words(
        "our", "propose", "proposes", "proposed", "introduce", "introduces", "present", "presents", "novel",
        "new", "introduction", "innovation", "dubbed", "named", "called", "termed");

    private static readonly HashSet<string> ExistingCues = Words(
        "existing", "previous", "previously", "prior", "recently", "recent", "was", "were", "has", "have", "been",
        "such", "e.g", "baseline", "baselines", "popular", "standard", "conventional", "widely", "traditional",
        "classical", "i.e", "like", "including", "compared", "outperforms", "outperform", "over", "than", "vs",
        "versus", "series", "family", "extend", "extends", "extension", "original");

    private static readonly HashSet<string> DatasetHeads = Words(
        "dataset", "datasets", "benchmark", "benchmarks", "corpus", "database", "suite");

    private const int Window = 14;

    public static List<ProposedName> Find(string title, AbstractDocument document, IReadOnlyList<AcronymDefinition> acronyms, Func<TextSpan, bool> isKnown)
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
            ProposedName? name = null;
            if (Has(NamingWords, word))
            {
                name = NameAfterNaming(document, i, acronyms);
            }
            else if (Has(ProposalVerbs, word) && HasAuthorBefore(document, i))
            {
                name = ObjectOf(document, i, acronyms);
            }
            else if (word.Equals("our", StringComparison.OrdinalIgnoreCase))
            {
                name = Named(document, NameRun.At(document, i + 1, capitalisedSuffices: false), requireCoined: true);
            }
            if (name is not null)
            {
                found.Add(name);
            }
        }
        foreach (var acronym in acronyms)
        {
            if (!isKnown(acronym.Short) && IsOwnDefinition(document, acronym))
            {
                found.Add(new ProposedName(document.Text[acronym.Short.Start..acronym.Short.End], TypeAfter(document, acronym.Whole.End)));
            }
        }
        return found;
    }

    private static HashSet<string> Words(params string[] words) => new(words, StringComparer.OrdinalIgnoreCase);

    private static bool Has(HashSet<string> set, ReadOnlySpan<char> word) => set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private static bool HasAuthorBefore(AbstractDocument document, int verb)
    {
        for (var i = document.FirstTokenOf(document.Tokens[verb].Sentence); i < verb; i++)
        {
            if (Has(AuthorWords, document.TokenText(i)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The words before a definition present it as the authors' own ("we propose ...",
    /// "our proposed method, X (Y)") and not as others' ("Recently, X (Y) ...").</summary>
    private static bool IsOwnDefinition(AbstractDocument document, AcronymDefinition acronym)
    {
        var novelty = false;
        var end = document.TokenAt(acronym.Whole.Start);
        for (var i = document.FirstTokenOf(acronym.Sentence); i < end; i++)
        {
            var word = document.TokenText(i);
            if (document.Tokens[i].Kind != TokenKind.Word || NameShape.IsCoined(word))
            {
                continue;
            }
            if (Has(ExistingCues, word))
            {
                return false;
            }
            novelty |= Has(NoveltyCues, word);
        }
        return novelty;
    }

    /// <summary>"we propose a novel backbone, HieraEdgeNet" stops at the comma; "we propose X (Y)" takes Y.</summary>
    private static ProposedName? ObjectOf(AbstractDocument document, int verb, IReadOnlyList<AcronymDefinition> acronyms)
    {
        var end = Math.Min(document.EndTokenOf(document.Tokens[verb].Sentence), verb + Window);
        for (var i = verb + 1; i < end; i++)
        {
            var token = document.Tokens[i];
            if (AcronymAt(document, token.Start, acronyms) is { } acronym)
            {
                return acronym;
            }
            if (token.Kind == TokenKind.Punctuation)
            {
                if (document.Text[token.Start] is ',' or ';' or ':' or '.' or '(')
                {
                    return null;
                }
                continue;
            }
            if (Has(ObjectEnds, document.TokenText(i)))
            {
                return null;
            }
            if (Named(document, NameRun.At(document, i, capitalisedSuffices: false), requireCoined: false) is { } name)
            {
                return name;
            }
        }
        return null;
    }

    /// <summary>"dubbed X", "termed \"Partial Order Pruning\"", "the proposed X".</summary>
    private static ProposedName? NameAfterNaming(AbstractDocument document, int cue, IReadOnlyList<AcronymDefinition> acronyms)
    {
        var i = cue + 1;
        while (i < document.Tokens.Count && document.Tokens[i].Kind == TokenKind.Punctuation && document.Text[document.Tokens[i].Start] is '"' or '“' or '\'' or '‘')
        {
            i++;
        }
        if (i >= document.Tokens.Count || document.Tokens[i].Sentence != document.Tokens[cue].Sentence)
        {
            return null;
        }
        if (AcronymAt(document, document.Tokens[i].Start, acronyms) is { } acronym)
        {
            return acronym;
        }
        var proposedAdjective = document.TokenText(cue).Equals("proposed", StringComparison.OrdinalIgnoreCase);
        return Named(document, NameRun.At(document, i, capitalisedSuffices: !proposedAdjective), requireCoined: proposedAdjective);
    }

    /// <summary>The definition covering the offset; definitions are in text order.</summary>
    private static ProposedName? AcronymAt(AbstractDocument document, int offset, IReadOnlyList<AcronymDefinition> acronyms)
    {
        int lo = 0, hi = acronyms.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (acronyms[mid].Whole.End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        if (lo < acronyms.Count && acronyms[lo].Whole.Contains(offset))
        {
            var acronym = acronyms[lo];
            return new ProposedName(document.Text[acronym.Short.Start..acronym.Short.End], TypeAfter(document, acronym.Whole.End));
        }
        return null;
    }

    private static ProposedName? Named(AbstractDocument document, TextSpan? span, bool requireCoined)
    {
        if (span is not { } s)
        {
            return null;
        }
        var text = document.Text[s.Start..s.End];
        if (requireCoined && !NameShape.IsCoined(text))
        {
            return null;
        }
        return new ProposedName(text, TypeAfter(document, s.End));
    }

    private static EntityType TypeAfter(AbstractDocument document, int offset)
    {
        var next = document.TokenAt(offset);
        for (var i = next; i < document.Tokens.Count && i < next + 3; i++)
        {
            if (Has(DatasetHeads, document.TokenText(i)))
            {
                return EntityType.Dataset;
            }
        }
        return EntityType.Method;
    }

    /// <summary>"CSPNet: A New Backbone ..." names CSPNet. A prefix of several plain words counts
    /// only when the abstract uses it as a name too, so "Convergent Learning: ..." is not one.</summary>
    private static string? TitleName(string title, AbstractDocument document, IReadOnlyList<AcronymDefinition> acronyms)
    {
        var colon = title.IndexOf(':');
        if (colon <= 0)
        {
            return null;
        }
        var prefix = title[..colon].Trim();
        var words = prefix.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > 4 || prefix.Contains(',') || !words.All(w => char.IsUpper(w[0]) || char.IsDigit(w[0])))
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
        if (words.Length == 1)
        {
            return NameShape.IsFunctionWord(prefix) ? null : prefix;
        }
        return words.Any(w => NameShape.IsCoined(w)) || document.Text.Contains(prefix, StringComparison.Ordinal) ? prefix : null;
    }
}
