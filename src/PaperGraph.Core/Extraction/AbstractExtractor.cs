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

    public AbstractExtractor(KnowledgeBase knowledge)
    {
        _knowledge = knowledge;
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
        var known = _knowledge.Index.Match(document)
            .Select(m => MethodVariantExtender.Extend(document, ToFound(document, m)))
            .ToList();
        var knownLookup = new MentionLookup(known);
        var namedLookup = new MentionLookup(known.Where(k => k.Type != EntityType.Task && !k.Generic));
        var genericLookup = new MentionLookup(known.Where(k => k.Generic));
        bool IsKnown(TextSpan span) => knownLookup.Overlaps(span);

        var acronyms = AcronymDefinitionFinder.Find(document);
        var proposals = ProposalFinder.Find(title, document, acronyms, IsKnown, genericLookup.Overlaps);
        var proposed = proposals.Select(p => NameFold.Fold(p.Name)).ToHashSet(StringComparer.Ordinal);
        var discovered = new DiscoveredNames();
        AddAcronyms(document, acronyms, knownLookup, proposed, discovered);
        foreach (var proposal in proposals.Where(p => !IsKnownName(p.Name)))
        {
            discovered.Add(proposal.Type, proposal.Name, null);
        }
        var longForms = new MentionLookup(acronyms.Select(a => new FoundMention(EntityType.Method, "", null, a.Long, a.Sentence)));
        var otherAcronyms = NonDatasetAcronyms(document, acronyms);
        var datasetNames = DatasetPatternFinder.Find(document)
            .Where(s => !otherAcronyms.Contains(NameFold.Fold(document.Text[s.Start..s.End])) && !longForms.Overlaps(s))
            .ToList();
        AddPatternNames(document, datasetNames, EntityType.Dataset, IsKnown, discovered);
        AddPatternNames(document, MethodFinder.Find(document), EntityType.Method, IsKnown, discovered);
        AddPatternNames(document, TaskPhraseFinder.Find(document), EntityType.Task,
            namedLookup.Overlaps, discovered);

        var candidates = new List<FoundMention>(known);
        candidates.AddRange(ParameterCountFinder.Find(document));
        if (!discovered.IsEmpty)
        {
            candidates.AddRange(new PhraseIndex(discovered.ToEntries()).Match(document)
                .Select(m => MethodVariantExtender.Extend(document, ToFound(document, m))));
        }
        var mentions = MentionResolver.Resolve(candidates, text.Length).Where(m => !m.Generic).ToList();
        var entities = EntityAssembler.Build(document, mentions, discovered, proposals);
        var results = ResultExtractor.Find(document, mentions, m => SurfaceName.Normalise(document.Text[m.Span.Start..m.Span.End]));
        return new PaperExtraction(entities, results, mentions.Select(m => EntityAssembler.ToMention(document, m)).ToList());
    }

    private bool IsKnownName(string name) =>
        _knowledge.Find(EntityType.Method, name) is not null || _knowledge.Find(EntityType.Dataset, name) is not null;

    /// <summary>An acronym of a known entry adds its spellings to that entry; otherwise the short
    /// form names a new entity, with the long form as alias, when its long form says what it is.</summary>
    private static void AddAcronyms(AbstractDocument document, List<AcronymDefinition> acronyms, MentionLookup known,
        HashSet<string> proposed, DiscoveredNames discovered)
    {
        foreach (var acronym in acronyms)
        {
            var shortForm = document.Text[acronym.Short.Start..acronym.Short.End];
            var longForm = document.Text[acronym.Long.Start..acronym.Long.End];
            var match = known.Exactly(acronym.Short) ?? known.Exactly(acronym.Long);
            if (match is not null)
            {
                if (!match.Generic)
                {
                    discovered.Add(match.Type, match.Canonical, match.Parent, shortForm, longForm);
                }
            }
            else if (!known.Overlaps(acronym.Short)
                     && AcronymTyper.TypeOf(longForm, proposed.Contains(NameFold.Fold(shortForm))) is { } type)
            {
                discovered.Add(type, shortForm, null, longForm);
            }
        }
    }

    /// <summary>Short forms defined for something other than a dataset: "MRI" in "magnetic resonance
    /// imaging (MRI)" makes "the MRI dataset" a modality, not a dataset name.</summary>
    private static HashSet<string> NonDatasetAcronyms(AbstractDocument document, List<AcronymDefinition> acronyms)
    {
        var folds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var acronym in acronyms)
        {
            if (AcronymTyper.TypeOf(document.Text[acronym.Long.Start..acronym.Long.End], proposed: false) != EntityType.Dataset)
            {
                var fold = NameFold.Fold(document.Text[acronym.Short.Start..acronym.Short.End]);
                folds.Add(fold);
                folds.Add(fold.TrimEnd('s'));
            }
        }
        return folds;
    }

    private static void AddPatternNames(AbstractDocument document, List<TextSpan> spans, EntityType type, Func<TextSpan, bool> isKnown, DiscoveredNames discovered)
    {
        foreach (var span in spans)
        {
            var name = document.Text[span.Start..span.End];
            if (!isKnown(span) && !discovered.Contains(name))
            {
                discovered.Add(type, name, null);
            }
        }
    }

    private static FoundMention ToFound(AbstractDocument document, PhraseMatch match)
    {
        var first = document.Tokens[match.FirstToken];
        var span = new TextSpan(first.Start, document.Tokens[match.LastToken].End);
        return new FoundMention(match.Entry.Type, match.Entry.Name, match.Entry.Parent, span, first.Sentence, match.Entry.Generic);
    }
}
