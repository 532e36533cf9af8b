using System.Globalization;
using Microsoft.ML;
using PaperGraph.Core.Curation;
using PaperGraph.Core.Extraction.Knowledge;
using PaperGraph.Core.Model;
using PaperGraph.Core.Suggestions;
using PaperGraph.Ml.Corpus;
using PaperGraph.Ml.Similarity;

namespace PaperGraph.Ml.Merges;

/// <summary>Merge and variant candidates for every entity type. Pairs are found by key collision (OpenRefine's
/// fingerprint and 2-gram fingerprint), acronyms, and nearest neighbours of ML.NET character-trigram name vectors
/// (blocking for the edit distance); the name rules then rule out pairs whose numbers differ and turn containment into
/// a variant; the classifier, trained afresh on general knowledge and the curators' decisions, scores the rest.</summary>
public sealed class MergeCandidateFinder(MLContext ml, KnowledgeBase knowledge, SuggestionOptions options)
{
    /// <summary>Weight of a curator's decision against one general-knowledge example: a curator knows this corpus.</summary>
    public const float CuratorWeight = 10;

    /// <summary>Blocks bigger than this are skipped: a key that many share says nothing.</summary>
    private const int MaxBlock = 50;

    public sealed record Result(IReadOnlyList<Suggestion> Merges, IReadOnlyList<Suggestion> Variants, int TrainingPairs);

    public Result Find(
        SuggestionCorpus corpus, IReadOnlyList<CurationRule> rules, IProgress<SuggestionProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var entities = corpus.Entities.Values.OrderBy(entity => entity.Key, StringComparer.Ordinal).Select(entity => new MergeEntity(entity)).ToList();
        progress?.Report(new SuggestionProgress("training the merge classifier", 0, entities.Count));
        var knowledgePairs = TrainingPairs.FromKnowledge(knowledge, options.Seed).ToList();
        var contexts = Contexts(entities);
        var curated = Curated(rules, corpus, entities, contexts).ToList();
        var names = new NameSpace(ml, entities.Select(entity => entity.NameText)
            .Concat(knowledgePairs.SelectMany(pair => new[] { Text(pair.First), Text(pair.Second) }))
            .Concat(curated.SelectMany(pair => new[] { pair.First.NameText, pair.Second.NameText })));
        var examples = knowledgePairs
            .Select(pair => new PairFeatures
            {
                Features = PairFeatures.Of(Parts(pair.First), Parts(pair.Second), names.Cosine(Text(pair.First), Text(pair.Second)), null),
                Label = pair.Duplicate,
            })
            .Concat(curated.Select(pair => new PairFeatures
            {
                Features = Features(pair.First, pair.Second, names, contexts),
                Label = pair.Duplicate,
                Weight = CuratorWeight,
            }))
            .ToList();
        var classifier = MergeClassifier.Train(ml, examples);

        var decided = rules.SelectMany(Decided).ToHashSet();
        var merges = new List<Suggestion>();
        var variants = new List<Suggestion>();
        var pairs = CandidatePairs(entities, names, cancellationToken);
        var done = 0;
        foreach (var (i, j) in pairs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (++done % 1000 == 0)
            {
                progress?.Report(new SuggestionProgress("scoring merge candidates", done, pairs.Count));
            }
            var (a, b) = (entities[i], entities[j]);
            if (decided.Contains(SuggestionPair.Of(a.Entity.Key, b.Entity.Key)) || a.Entity.ParentKey == b.Entity.Key || b.Entity.ParentKey == a.Entity.Key)
            {
                continue;
            }
            switch (NameRelations.Of(a.Canonical, b.Canonical))
            {
                case NameRelation.FirstIsVariant:
                    variants.Add(Variant(a, b, names));
                    break;
                case NameRelation.SecondIsVariant:
                    variants.Add(Variant(b, a, names));
                    break;
                case NameRelation.PossibleDuplicate:
                    var features = Features(Side.Of(a, contexts), Side.Of(b, contexts), names, contexts);
                    var score = classifier.Score(features);
                    if (score >= options.MinMergeScore)
                    {
                        merges.Add(Merge(a, b, score, features));
                    }
                    break;
            }
        }
        return new Result(merges, variants, examples.Count);
    }

    /// <summary>Candidate pairs (indices, first lower) of the same type from every blocking key.</summary>
    private static List<(int, int)> CandidatePairs(List<MergeEntity> entities, NameSpace names, CancellationToken cancellationToken)
    {
        var pairs = new HashSet<(int, int)>();
        void AddBlocks(Func<MergeEntity, IEnumerable<string>> keys)
        {
            var blocks = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var i = 0; i < entities.Count; i++)
            {
                foreach (var key in keys(entities[i]).Where(key => key.Length > 0).Distinct(StringComparer.Ordinal))
                {
                    var typed = $"{entities[i].Entity.Type}\n{key}";
                    if (!blocks.TryGetValue(typed, out var members))
                    {
                        blocks[typed] = members = [];
                    }
                    members.Add(i);
                }
            }
            foreach (var members in blocks.Values.Where(members => members.Count is > 1 and <= MaxBlock))
            {
                for (var x = 0; x < members.Count; x++)
                {
                    for (var y = x + 1; y < members.Count; y++)
                    {
                        pairs.Add((Math.Min(members[x], members[y]), Math.Max(members[x], members[y])));
                    }
                }
            }
        }
        AddBlocks(entity => entity.Names.Select(name => name.Fingerprint));
        AddBlocks(entity => entity.Names.Select(name => name.NgramFingerprint));
        AddAcronyms(entities, pairs);
        var vectors = entities.Select(entity => names[entity.NameText]).ToList();
        var neighbours = new NearestNeighbours().Find(vectors, k: 8, minScore: 0.3,
            allowed: (i, j) => entities[i].Entity.Type == entities[j].Entity.Type, cancellationToken: cancellationToken);
        for (var i = 0; i < neighbours.Length; i++)
        {
            foreach (var (j, _) in neighbours[i])
            {
                pairs.Add((Math.Min(i, j), Math.Max(i, j)));
            }
        }
        return pairs.Order().ToList();
    }

    /// <summary>Pairs of a one-word name and a name of several words whose initials spell it (FID, Frechet Inception Distance).</summary>
    private static void AddAcronyms(List<MergeEntity> entities, HashSet<(int, int)> pairs)
    {
        var singleWords = new Dictionary<(EntityType, string), List<int>>();
        for (var i = 0; i < entities.Count; i++)
        {
            foreach (var name in entities[i].Names.Where(name => name.Tokens.Count == 1 && name.Folded.Length >= 2))
            {
                var key = (entities[i].Entity.Type, name.Folded);
                if (!singleWords.TryGetValue(key, out var members))
                {
                    singleWords[key] = members = [];
                }
                members.Add(i);
            }
        }
        for (var i = 0; i < entities.Count; i++)
        {
            foreach (var name in entities[i].Names.Where(name => name.Initials.Length >= 2))
            {
                foreach (var j in singleWords.GetValueOrDefault((entities[i].Entity.Type, name.Initials)) ?? [])
                {
                    if (i != j)
                    {
                        pairs.Add((Math.Min(i, j), Math.Max(i, j)));
                    }
                }
            }
        }
    }

    private Suggestion Merge(MergeEntity a, MergeEntity b, double score, float[] features)
    {
        // The one with fewer papers is proposed to be merged into the other, which keeps its key.
        var (from, into) = a.Entity.PaperCount < b.Entity.PaperCount
            || (a.Entity.PaperCount == b.Entity.PaperCount && string.CompareOrdinal(a.Entity.Key, b.Entity.Key) > 0) ? (a, b) : (b, a);
        return new Suggestion(SuggestionKind.MergeCandidate, from.Entity.Key, into.Entity.Key, Math.Clamp(score, 0, 1), Reasons(features));
    }

    private static Suggestion Variant(MergeEntity child, MergeEntity parent, NameSpace names)
    {
        var extra = string.Join(' ', child.Canonical.Content.Except(parent.Canonical.Content));
        return new Suggestion(SuggestionKind.VariantCandidate, child.Entity.Key, parent.Entity.Key,
            Math.Clamp(0.5 + 0.5 * names.Cosine(child.NameText, parent.NameText), 0, 1),
            [$"\"{child.Entity.Name}\" is \"{parent.Entity.Name}\" with \"{extra}\": a variant, not a duplicate"]);
    }

    private static List<string> Reasons(float[] features)
    {
        var reasons = new List<string>();
        if (features[0] > 0) reasons.Add("same fingerprint");
        if (features[1] > 0) reasons.Add("same 2-gram fingerprint");
        if (features[4] > 0) reasons.Add("one is the acronym of the other");
        reasons.Add(string.Create(CultureInfo.InvariantCulture, $"edit similarity {features[2]:0.00}"));
        reasons.Add(string.Create(CultureInfo.InvariantCulture, $"name vectors {features[7]:0.00}"));
        if (features[9] > 0) reasons.Add(string.Create(CultureInfo.InvariantCulture, $"sentence contexts {features[8]:0.00}"));
        return reasons;
    }

    private static float[] Features(Side first, Side second, NameSpace names, ContextVectors contexts) =>
        PairFeatures.Of(first.Names, second.Names, names.Cosine(first.NameText, second.NameText),
            first.Context is { } a && second.Context is { } b ? contexts.Vectors[a].Dot(contexts.Vectors[b]) : null);

    private ContextVectors Contexts(List<MergeEntity> entities)
    {
        var index = new Dictionary<MergeEntity, int>();
        var texts = new List<string>();
        foreach (var entity in entities.Where(entity => entity.ContextText.Length > 0))
        {
            index[entity] = texts.Count;
            texts.Add(entity.ContextText);
        }
        return new ContextVectors(index, texts.Count == 0 ? [] : TextVectors.Featurize(ml, texts, keepPerText: 200).Vectors);
    }

    /// <summary>Curators' decisions as pairs of sides; a merged-away entity is found among its survivor's names.</summary>
    private static IEnumerable<(Side First, Side Second, bool Duplicate)> Curated(
        IEnumerable<CurationRule> rules, SuggestionCorpus corpus, List<MergeEntity> entities, ContextVectors contexts)
    {
        var byKey = entities.ToDictionary(entity => entity.Entity.Key, StringComparer.Ordinal);
        Side? Find(string key)
        {
            if (byKey.TryGetValue(key, out var entity))
            {
                return Side.Of(entity, contexts);
            }
            var name = corpus.Entities.Values.SelectMany(e => e.Names.Select(n => (e.Type, Name: n)))
                .FirstOrDefault(candidate => EntityKey.For(candidate.Type, candidate.Name) == key).Name;
            return name is null ? null : new Side([new NameParts(name)], name, null);
        }
        foreach (var (firstKey, secondKey, duplicate) in TrainingPairs.FromCurators(rules))
        {
            if (Find(firstKey) is { } first && Find(secondKey) is { } second)
            {
                yield return (first, second, duplicate);
            }
        }
    }

    private static IEnumerable<SuggestionPair> Decided(CurationRule rule) => rule switch
    {
        MergeEntities merge => [SuggestionPair.Of(merge.FromKey, merge.IntoKey)],
        MarkVariant variant => [SuggestionPair.Of(variant.ChildKey, variant.ParentKey)],
        RejectSuggestion { Kind: SuggestionKind.MergeCandidate or SuggestionKind.VariantCandidate } reject => [SuggestionPair.Of(reject.SourceId, reject.TargetId)],
        _ => [],
    };

    private static List<NameParts> Parts(IReadOnlyList<string> names) => names.Select(name => new NameParts(name)).ToList();

    private static string Text(IReadOnlyList<string> names) => string.Join(" | ", names);

    /// <summary>One end of a pair: its names, their text for the name vectors and its row in the context vectors.</summary>
    private sealed record Side(IReadOnlyList<NameParts> Names, string NameText, int? Context)
    {
        public static Side Of(MergeEntity entity, ContextVectors contexts) =>
            new(entity.Names, entity.NameText, contexts.Row(entity));
    }

    private sealed record ContextVectors(Dictionary<MergeEntity, int> Index, List<SparseVector> Vectors)
    {
        public int? Row(MergeEntity entity) => Index.TryGetValue(entity, out var row) ? row : null;
    }
}
