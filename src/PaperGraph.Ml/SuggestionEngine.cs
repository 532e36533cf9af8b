using Microsoft.Extensions.Options;
using Microsoft.ML;
using PaperGraph.Core.Curation;
using PaperGraph.Core.Extraction.Knowledge;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Suggestions;
using PaperGraph.Ml.Corpus;
using PaperGraph.Ml.Links;
using PaperGraph.Ml.Merges;
using PaperGraph.Ml.Similarity;

namespace PaperGraph.Ml;

/// <summary>Computes suggestions over the whole store and replaces the stored ones of each kind computed. Curators'
/// decisions (when a rule source is registered) train the merge classifier, and a rejected suggestion is never offered
/// again.</summary>
public sealed class SuggestionEngine(
    IPaperRecordSource source,
    ISuggestionStore store,
    KnowledgeBase knowledge,
    IOptions<SuggestionOptions> options,
    IEnumerable<ICurationRuleSource> ruleSources)
{
    /// <summary>The kinds a merge run computes.</summary>
    public static readonly IReadOnlySet<SuggestionKind> MergeKinds = new HashSet<SuggestionKind> { SuggestionKind.MergeCandidate, SuggestionKind.VariantCandidate };

    public async Task<SuggestionRun> RefreshAsync(
        IReadOnlySet<SuggestionKind> kinds, IProgress<SuggestionProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var corpus = await SuggestionCorpus.ReadAsync(source, SynchronousProgress.Stage(progress, "reading papers", 0), cancellationToken);
        var rules = await RulesAsync(cancellationToken);
        var computed = Compute(corpus, kinds, rules, progress, cancellationToken);
        var rejected = rules.OfType<RejectSuggestion>().Select(rule => (rule.Kind, SuggestionPair.Of(rule.SourceId, rule.TargetId))).ToHashSet();
        var stored = new Dictionary<SuggestionKind, int>();
        foreach (var (kind, suggestions) in computed)
        {
            progress?.Report(new SuggestionProgress($"storing {kind}", 0, suggestions.Count));
            var kept = suggestions.Where(s => !rejected.Contains((kind, SuggestionPair.Of(s.SourceId, s.TargetId)))).ToList();
            await store.ReplaceSuggestionsAsync(kind, kept, cancellationToken);
            stored[kind] = kept.Count;
        }
        return new SuggestionRun(corpus.Papers.Count, corpus.Entities.Count, stored);
    }

    /// <summary>Suggestions of the given kinds for a corpus already read, without storing them.</summary>
    public Dictionary<SuggestionKind, IReadOnlyList<Suggestion>> Compute(
        SuggestionCorpus corpus, IReadOnlySet<SuggestionKind> kinds, IReadOnlyList<CurationRule> rules,
        IProgress<SuggestionProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var ml = new MLContext(settings.Seed);
        var computed = new Dictionary<SuggestionKind, IReadOnlyList<Suggestion>>();
        if (kinds.Contains(SuggestionKind.SimilarPaper) || kinds.Contains(SuggestionKind.MissingLink))
        {
            var similar = new SimilarPaperFinder(ml, settings).Find(corpus, progress, cancellationToken);
            if (kinds.Contains(SuggestionKind.SimilarPaper))
            {
                computed[SuggestionKind.SimilarPaper] = similar.Suggestions;
            }
            if (kinds.Contains(SuggestionKind.MissingLink))
            {
                progress?.Report(new SuggestionProgress("suggesting links", 0, corpus.Papers.Count));
                computed[SuggestionKind.MissingLink] = new MissingLinkFinder(knowledge, settings).Find(corpus, similar.Neighbours, cancellationToken);
            }
        }
        if (kinds.Overlaps(MergeKinds))
        {
            var merges = new MergeCandidateFinder(ml, knowledge, settings).Find(corpus, rules, progress, cancellationToken);
            if (kinds.Contains(SuggestionKind.MergeCandidate))
            {
                computed[SuggestionKind.MergeCandidate] = merges.Merges;
            }
            if (kinds.Contains(SuggestionKind.VariantCandidate))
            {
                computed[SuggestionKind.VariantCandidate] = merges.Variants;
            }
        }
        return computed;
    }

    private async Task<IReadOnlyList<CurationRule>> RulesAsync(CancellationToken cancellationToken)
    {
        var rules = new List<CurationRule>();
        foreach (var ruleSource in ruleSources)
        {
            rules.AddRange(await ruleSource.GetActiveRulesAsync(cancellationToken));
        }
        return rules;
    }
}
