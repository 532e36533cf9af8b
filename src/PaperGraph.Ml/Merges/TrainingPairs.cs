using PaperGraph.Core.Curation;
using PaperGraph.Core.Extraction.Knowledge;
using PaperGraph.Core.Model;
using PaperGraph.Core.Suggestions;

namespace PaperGraph.Ml.Merges;

/// <summary>Labelled name pairs for the merge classifier. From general knowledge: the knowledge base's spellings of one
/// entity are duplicates; its entries that differ in a number or version, variants and their parents, and the nearest
/// other entries by spelling are not. From curators: merges are duplicates, rejected merge candidates are not.</summary>
internal static class TrainingPairs
{
    /// <summary>Closest other entries taken per entry as hard negatives.</summary>
    private const int HardNegatives = 2;

    /// <summary>Other entries of the same type drawn at random per entry as easy negatives: most pairs of names are
    /// unrelated, and the classifier must not learn that unlike spellings mean duplicates from the aliases alone.</summary>
    private const int RandomNegatives = 3;

    public sealed record NamePair(IReadOnlyList<string> First, IReadOnlyList<string> Second, bool Duplicate, bool Curated);

    public static IEnumerable<NamePair> FromKnowledge(KnowledgeBase knowledge, int seed)
    {
        var random = new Random(seed);
        var entries = knowledge.Entries.Where(entry => !entry.Generic).ToList();
        foreach (var entry in entries)
        {
            var name = new NameParts(entry.Name);
            foreach (var alias in entry.Aliases)
            {
                if (EntityKey.Fold(alias) != EntityKey.Fold(entry.Name) && NameRelations.Of(name, new NameParts(alias)) == NameRelation.PossibleDuplicate)
                {
                    yield return new NamePair([entry.Name], [alias], true, false);
                }
            }
            if (entry.Parent is { } parent)
            {
                yield return new NamePair([entry.Name], [parent], false, false);
            }
        }
        foreach (var type in entries.GroupBy(entry => entry.Type))
        {
            var parts = type.Select(entry => (Entry: entry, Parts: new NameParts(entry.Name))).ToList();
            foreach (var (entry, _) in parts)
            {
                for (var n = 0; n < RandomNegatives; n++)
                {
                    var other = parts[random.Next(parts.Count)].Entry;
                    if (other != entry)
                    {
                        yield return new NamePair([entry.Name], [other.Name], false, false);
                    }
                }
            }
            foreach (var group in parts.GroupBy(p => string.Join(' ', p.Parts.Content.Where(token => !char.IsDigit(token[0])).Order(StringComparer.Ordinal))))
            {
                var members = group.ToList();
                for (var i = 0; i < members.Count; i++)
                {
                    for (var j = i + 1; j < members.Count; j++)
                    {
                        if (NameRelations.Of(members[i].Parts, members[j].Parts) == NameRelation.Distinct)
                        {
                            yield return new NamePair([members[i].Entry.Name], [members[j].Entry.Name], false, false);
                        }
                    }
                }
            }
            foreach (var block in parts.GroupBy(p => p.Parts.Folded.Length >= 3 ? p.Parts.Folded[..3] : p.Parts.Folded))
            {
                var members = block.ToList();
                foreach (var member in members)
                {
                    var nearest = members.Where(other => other.Entry != member.Entry
                            && NameRelations.Of(member.Parts, other.Parts) == NameRelation.PossibleDuplicate)
                        .OrderByDescending(other => EditDistance.Similarity(member.Parts.Folded, other.Parts.Folded))
                        .Take(HardNegatives);
                    foreach (var other in nearest)
                    {
                        yield return new NamePair([member.Entry.Name], [other.Entry.Name], false, false);
                    }
                }
            }
        }
    }

    /// <summary>Curators' merges (positives) and rejected merge candidates (negatives), by the entities' names as the
    /// corpus holds them. A merged-away entity is found among the survivor's names by its key.</summary>
    public static IEnumerable<(string FirstKey, string SecondKey, bool Duplicate)> FromCurators(IEnumerable<CurationRule> rules) =>
        rules.Select(rule => rule switch
            {
                MergeEntities merge => (merge.FromKey, merge.IntoKey, true),
                RejectSuggestion { Kind: SuggestionKind.MergeCandidate } reject => (reject.SourceId, reject.TargetId, false),
                _ => ((string, string, bool)?)null,
            })
            .OfType<(string, string, bool)>();
}
