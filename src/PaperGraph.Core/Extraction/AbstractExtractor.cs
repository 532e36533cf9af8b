using PaperGraph.Core.Extraction.Knowledge;
using PaperGraph.Core.Extraction.Rules;
using PaperGraph.Core.Extraction.Text;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Extraction;

/// <summary>Rule-based extraction from one abstract: knowledge-base matching, acronym definitions,
/// proposal and dataset patterns, method cues, results and roles. Stateless apart from the
/// immutable knowledge base, so one instance serves all threads.</summary>
public sealed class AbstractExtractor : IExtractor
{
    private readonly KnowledgeBase _knowledge;
    private readonly ResultExtractor _results;

    public AbstractExtractor(KnowledgeBase knowledge)
    {
        _knowledge = knowledge;
        _results = new ResultExtractor(knowledge.ResultWords, knowledge.Metrics);
    }

    public static AbstractExtractor CreateDefault() => new(KnowledgeBase.LoadEmbedded());

    public PaperExtraction Extract(string title, string text)
    {
        ArgumentNullException.ThrowIfNull(title);
        if (string.IsNullOrWhiteSpace(text))
        {
            return PaperExtraction.Empty;
        }
        var document = new AbstractDocument(text);
        var acronyms = AcronymDefinitionFinder.Find(document);
        var known = RedefinedAcronyms.Without(
            document,
            acronyms,
            _knowledge.Index.Match(document).Select(m => VariantExtender.Extend(document, ToFound(document, m))).ToList(),
            _knowledge);
        var knownLookup = new MentionLookup(known);
        bool IsKnown(TextSpan span) => knownLookup.Overlaps(span);

        var nonDatasetShortForms = AcronymEntities.NonDatasetShortForms(document, acronyms);
        var datasetNames = DatasetPatternFinder.Find(document)
            .Concat(EvaluationTargetFinder.Find(document))
            .Concat(EditionFinder.Find(document))
            .Where(d => !nonDatasetShortForms.Contains(NameFold.Fold(document.TextOf(d.Span))))
            .ToList();
        var proposals = ProposalFinder.Find(title, document, acronyms, IsKnown, new MentionLookup(known.Where(k => k.Generic)).Overlaps);
        proposals.AddRange(datasetNames.Where(d => d.Introduced && !IsKnown(d.Span))
            .Select(d => new ProposedName(document.TextOf(d.Span), EntityType.Dataset, d.Span)));

        var discovered = new DiscoveredNames();
        var proposed = proposals.Select(p => NameFold.Fold(p.Name)).ToHashSet(StringComparer.Ordinal);
        AcronymEntities.Add(document, acronyms, knownLookup, MentionLookup.OfSpans(datasetNames.Select(d => d.Span)), proposed, discovered);
        foreach (var proposal in proposals.Where(p => !IsKnownName(p.Name)))
        {
            discovered.Add(proposal.Type, proposal.Name, null);
        }
        // A name inside an acronym's long form is already that acronym's alias.
        var longForms = MentionLookup.OfSpans(acronyms.Select(a => a.Long));
        AddPatternNames(document, datasetNames.Select(d => d.Span).Where(s => !longForms.Overlaps(s)), EntityType.Dataset, IsKnown, discovered);
        AddPatternNames(document, MethodFinder.Find(document), EntityType.Method, IsKnown, discovered);
        var namedLookup = new MentionLookup(known.Where(k => k.Type != EntityType.Task && !k.Generic));
        AddPatternNames(document, TaskPhraseFinder.Find(document), EntityType.Task, namedLookup.Overlaps, discovered);

        var candidates = new List<FoundMention>(known);
        candidates.AddRange(ParameterCountFinder.Find(document));
        if (!discovered.IsEmpty)
        {
            candidates.AddRange(new PhraseIndex(discovered.ToEntries()).Match(document)
                .Select(m => VariantExtender.Extend(document, ToFound(document, m))));
        }
        var mentions = MentionResolver.Resolve(candidates, text.Length).Where(m => !m.Generic).ToList();
        var entities = EntityAssembler.Build(document, mentions, discovered, proposals, proposed);
        entities.AddRange(TitleTaskFinder.Find(title, _knowledge.Index, entities).ToList());
        var results = _results.Find(document, mentions);
        return new PaperExtraction(entities, results, mentions.Select(m => EntityAssembler.ToMention(document, m)).ToList());
    }

    private bool IsKnownName(string name) =>
        _knowledge.Find(EntityType.Method, name) is not null || _knowledge.Find(EntityType.Dataset, name) is not null;

    private static void AddPatternNames(AbstractDocument document, IEnumerable<TextSpan> spans, EntityType type, Func<TextSpan, bool> isKnown, DiscoveredNames discovered)
    {
        foreach (var span in spans)
        {
            var name = document.TextOf(span);
            if (!isKnown(span) && !discovered.Contains(name))
            {
                discovered.Add(type, name, null);
            }
        }
    }

    private static FoundMention ToFound(AbstractDocument document, PhraseMatch match)
    {
        var span = document.SpanOf(match.FirstToken, match.LastToken);
        return new FoundMention(match.Entry.Type, match.Entry.Name, match.Entry.Parent, span, document.Tokens[match.FirstToken].Sentence, match.Entry.Generic);
    }
}
