namespace PaperGraph.Core.Evaluation;

/// <summary>Which name keys each gold item accepts (score.py's <c>gold_sets</c>): a dataset its canonical
/// name and surface mentions; any other item its name and the partners of the aliases it appears in.</summary>
public static class GoldKeys
{
    /// <summary>One set of accepted keys per gold item of <paramref name="field"/>, in gold order.</summary>
    public static IReadOnlyList<IReadOnlySet<string>> For(GoldPaper gold, ExtractionField field) => field switch
    {
        ExtractionField.Datasets => gold.Datasets.Select(d => ForDataset(gold, d.Name)).ToList(),
        ExtractionField.EvaluatedOn => gold.EvaluatedOn.Select(name => ForDataset(gold, name)).ToList(),
        _ => WithAliases(gold, Names(gold, field)),
    };

    /// <summary>The keys of a dataset named in the gold paper; when the paper does not list that
    /// dataset, only the name itself.</summary>
    public static IReadOnlySet<string> ForDataset(GoldPaper gold, string name)
    {
        var key = NameKey.Of(name);
        // score.py builds a dict from the list, so the last dataset with that key wins.
        var dataset = gold.Datasets.LastOrDefault(d => NameKey.Of(d.Name) == key) ?? new GoldDataset(name, []);
        return new HashSet<string>(dataset.Mentions.Select(NameKey.Of).Prepend(NameKey.Of(dataset.Name)), StringComparer.Ordinal);
    }

    private static IReadOnlyList<string> Names(GoldPaper gold, ExtractionField field) => field switch
    {
        ExtractionField.Proposes => gold.Proposes,
        ExtractionField.Methods => gold.Methods,
        ExtractionField.Metrics => gold.Metrics,
        ExtractionField.Tasks => gold.Tasks,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "not a name field"),
    };

    private static List<IReadOnlySet<string>> WithAliases(GoldPaper gold, IReadOnlyList<string> names)
    {
        var partners = AliasPartners(gold);
        return names.Select(name =>
        {
            var key = NameKey.Of(name);
            var keys = new HashSet<string>(StringComparer.Ordinal) { key };
            if (partners.TryGetValue(key, out var aliases))
            {
                keys.UnionWith(aliases);
            }
            return (IReadOnlySet<string>)keys;
        }).ToList();
    }

    /// <summary>For each key, every key it shares an alias pair with (one step, not transitive, as in score.py).</summary>
    private static Dictionary<string, HashSet<string>> AliasPartners(GoldPaper gold)
    {
        var partners = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var pair in gold.Aliases)
        {
            var keys = pair.Select(NameKey.Of).ToHashSet(StringComparer.Ordinal);
            foreach (var key in keys)
            {
                if (!partners.TryGetValue(key, out var set))
                {
                    partners[key] = set = new HashSet<string>(StringComparer.Ordinal);
                }
                set.UnionWith(keys);
            }
        }
        return partners;
    }
}
