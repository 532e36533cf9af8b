using PaperGraph.Core.Extraction.Knowledge;
using PaperGraph.Core.Extraction.Text;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Extraction.Rules;

/// <summary>Names the paper introduces: the title's name (<see cref="TitleProposal"/>), the first name
/// after "we propose / introduce / present", names after "dubbed / called / named", "our X" and "the
/// proposed X", and acronyms the authors define for their own work (<see cref="OwnDefinitionRule"/>).</summary>
internal static class ProposalFinder
{
    private static readonly WordSet ProposalVerbs = Vocabulary.Words("proposal-verbs");

    private static readonly WordSet NamingWords = Vocabulary.Words("naming-words");

    private static readonly WordSet AuthorWords = Vocabulary.Words("author-words");

    /// <summary>Words that end the object of a proposal verb ("we propose a technique to ...").</summary>
    private static readonly WordSet ObjectEnds = Vocabulary.Words("proposal-object-ends");

    private static readonly WordSet DatasetHeads = Vocabulary.Words("dataset-heads");

    private const int Window = 14;

    /// <summary>How far before a proposal verb its subject ("we", "this paper") is looked for.</summary>
    private const int AuthorLookback = 24;

    /// <param name="isKnown">Whether a span overlaps a knowledge-base name.</param>
    /// <param name="isGeneric">Whether a span overlaps a generic class ("MLP"), which is never a proposal.</param>
    public static List<ProposedName> Find(string title, AbstractDocument document, IReadOnlyList<AcronymDefinition> acronyms,
        Func<TextSpan, bool> isKnown, Func<TextSpan, bool> isGeneric)
    {
        var found = new List<ProposedName>();
        if (TitleProposal.Find(title, document, acronyms) is { } titleName)
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
            if (NamingWords.Contains(word))
            {
                name = NameAfterNaming(document, i, acronyms);
            }
            else if (ProposalVerbs.Contains(word) && HasAuthorBefore(document, i))
            {
                name = ObjectOf(document, i, acronyms);
            }
            else if (word.Equals("our", StringComparison.OrdinalIgnoreCase))
            {
                // "our LSTM language model" uses a known model; only a new name after "our" is proposed.
                name = Named(document, NameRun.At(document, i + 1, capitalisedSuffices: false), requireCoined: true, i) is { Span: { } ours } candidate
                    && !isKnown(ours) ? candidate : null;
            }
            if (name is not null && !(name.Span is { } span && isGeneric(span)))
            {
                found.Add(name);
            }
        }
        var previousOwn = -1;
        foreach (var acronym in acronyms)
        {
            // Only named artifacts: "healthy controls (HC)" is defined by the authors but is no proposal.
            if (!isKnown(acronym.Short) && !isKnown(acronym.Long) && OwnDefinitionRule.IsOwn(document, acronym, previousOwn)
                && AcronymTyper.TypeOf(document, acronym, proposed: false) is not null)
            {
                found.Add(new ProposedName(document.TextOf(acronym.Short), TypeOf(document, acronym.Whole, -1), acronym.Short));
                previousOwn = document.TokenAt(acronym.Whole.End);
            }
        }
        return found;
    }

    private static bool HasAuthorBefore(AbstractDocument document, int verb) =>
        document.AnyIn(Math.Max(document.FirstTokenOf(document.Tokens[verb].Sentence), verb - AuthorLookback), verb, AuthorWords);

    /// <summary>"we propose a novel backbone, HieraEdgeNet" stops at the comma; "we propose X (Y)" takes Y.</summary>
    private static ProposedName? ObjectOf(AbstractDocument document, int verb, IReadOnlyList<AcronymDefinition> acronyms)
    {
        var end = Math.Min(document.EndTokenOf(document.Tokens[verb].Sentence), verb + Window);
        for (var i = verb + 1; i < end; i++)
        {
            var token = document.Tokens[i];
            if (AcronymAt(document, token.Start, acronyms, verb) is { } acronym)
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
            if (ObjectEnds.Contains(document.TokenText(i)))
            {
                return null;
            }
            if (Named(document, NameRun.At(document, i, capitalisedSuffices: false), requireCoined: false, verb) is { } name)
            {
                return name;
            }
        }
        return null;
    }

    /// <summary>"dubbed X", "termed \"Partial Order Pruning\"", "the proposed X".</summary>
    private static ProposedName? NameAfterNaming(AbstractDocument document, int cue, IReadOnlyList<AcronymDefinition> acronyms)
    {
        var proposedAdjective = document.TokenText(cue).Equals("proposed", StringComparison.OrdinalIgnoreCase);
        if (proposedAdjective && !(document.TokenIs(cue - 1, "our") || document.TokenIs(cue - 1, "the") || document.TokenIs(cue - 1, "newly")))
        {
            return null;
        }
        var i = cue + 1;
        while (i < document.Tokens.Count && document.Tokens[i].Kind == TokenKind.Punctuation && document.Text[document.Tokens[i].Start] is '"' or '“' or '\'' or '‘')
        {
            i++;
        }
        if (i >= document.Tokens.Count || document.Tokens[i].Sentence != document.Tokens[cue].Sentence)
        {
            return null;
        }
        // "a new dataset, called X": the kind of thing is named just before the cue.
        var kindStart = Math.Max(document.FirstTokenOf(document.Tokens[cue].Sentence), cue - 4);
        if (AcronymAt(document, document.Tokens[i].Start, acronyms, kindStart) is { } acronym)
        {
            return acronym;
        }
        return Named(document, NameRun.At(document, i, capitalisedSuffices: !proposedAdjective), requireCoined: proposedAdjective, kindStart);
    }

    /// <summary>The definition covering the offset; definitions are in text order.</summary>
    private static ProposedName? AcronymAt(AbstractDocument document, int offset, IReadOnlyList<AcronymDefinition> acronyms, int cue)
    {
        var first = LowerBound.Of(acronyms, offset, static (acronym, at) => acronym.Whole.End <= at);
        if (first < acronyms.Count && acronyms[first].Whole.Contains(offset))
        {
            var acronym = acronyms[first];
            return new ProposedName(document.TextOf(acronym.Short), TypeOf(document, acronym.Whole, cue), acronym.Short);
        }
        return null;
    }

    private static ProposedName? Named(AbstractDocument document, TextSpan? span, bool requireCoined, int cue)
    {
        if (span is not { } s)
        {
            return null;
        }
        var text = document.TextOf(s);
        if (requireCoined && !NameShape.IsCoined(text))
        {
            return null;
        }
        return new ProposedName(text, TypeOf(document, s, cue), s);
    }

    /// <summary>A dataset when a dataset word comes right after the name ("X dataset") or between the
    /// cue and the name ("a new dataset, called X"); otherwise a method.</summary>
    private static EntityType TypeOf(AbstractDocument document, TextSpan name, int cue)
    {
        var after = document.TokenAt(name.End);
        return document.AnyIn(after, after + 3, DatasetHeads)
            || (cue >= 0 && document.AnyIn(cue + 1, document.TokenAt(name.Start), DatasetHeads))
            ? EntityType.Dataset
            : EntityType.Method;
    }
}
