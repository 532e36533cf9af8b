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
        var known = _knowledge.Index.Match(document).Select(m => ToFound(document, m)).ToList();
        var acronyms = AcronymDefinitionFinder.Find(document);
        var discovered = new DiscoveredNames();
        AddAcronyms(document, acronyms, known, discovered);
        var proposals = ProposalFinder.Find(title, document, acronyms);
        foreach (var proposal in proposals.Where(p => !IsKnown(p.Name)))
        {
            discovered.Add(proposal.Type, proposal.Name, null);
        }
        AddPatternNames(document, DatasetPatternFinder.Find(document), EntityType.Dataset, known, discovered);
        AddPatternNames(document, MethodFinder.Find(document), EntityType.Method, known, discovered);

        var candidates = new List<FoundMention>(known);
        if (!discovered.IsEmpty)
        {
            candidates.AddRange(new PhraseIndex(discovered.ToEntries()).Match(document).Select(m => ToFound(document, m)));
        }
        var mentions = MentionResolver.Resolve(candidates, text.Length);
        var entities = EntityAssembler.Build(document, mentions, discovered, proposals);
        var results = ResultExtractor.Find(document, mentions, m => SurfaceName.Normalise(document.Text[m.Span.Start..m.Span.End]));
        return new PaperExtraction(entities, results, mentions.Select(m => EntityAssembler.ToMention(document, m)).ToList());
    }

    private bool IsKnown(string name) =>
        _knowledge.Find(EntityType.Method, name) is not null || _knowledge.Find(EntityType.Dataset, name) is not null;

    /// <summary>An acronym of a known entry adds its spellings to that entry; otherwise the
    /// short form names a new entity with the long form as alias.</summary>
    private static void AddAcronyms(AbstractDocument document, List<AcronymDefinition> acronyms, List<FoundMention> known, DiscoveredNames discovered)
    {
        foreach (var acronym in acronyms)
        {
            var shortForm = document.Text[acronym.Short.Start..acronym.Short.End];
            var longForm = document.Text[acronym.Long.Start..acronym.Long.End];
            var match = known.Find(k => k.Span == acronym.Short || k.Span == acronym.Long);
            if (match is not null)
            {
                discovered.Add(match.Type, match.Canonical, match.Parent, shortForm, longForm);
            }
            else if (!known.Exists(k => k.Span.Overlaps(acronym.Short)))
            {
                discovered.Add(AcronymTyper.TypeOf(longForm), shortForm, null, longForm);
            }
        }
    }

    private static void AddPatternNames(AbstractDocument document, List<TextSpan> spans, EntityType type, List<FoundMention> known, DiscoveredNames discovered)
    {
        foreach (var span in spans)
        {
            var name = document.Text[span.Start..span.End];
            if (!known.Exists(k => k.Span.Overlaps(span)) && !discovered.Contains(name))
            {
                discovered.Add(type, name, null);
            }
        }
    }

    private static FoundMention ToFound(AbstractDocument document, PhraseMatch match)
    {
        var first = document.Tokens[match.FirstToken];
        var span = new TextSpan(first.Start, document.Tokens[match.LastToken].End);
        return new FoundMention(match.Entry.Type, match.Entry.Name, match.Entry.Parent, span, first.Sentence);
    }
}
