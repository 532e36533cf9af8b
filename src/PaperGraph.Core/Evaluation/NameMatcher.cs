namespace PaperGraph.Core.Evaluation;

/// <summary>Matches predicted names to gold items (score.py's <c>match_count</c>): predictions are
/// deduplicated by key, and each gold item takes the first unused prediction whose key it accepts.</summary>
public static class NameMatcher
{
    public static MatchCounts Count(IReadOnlyList<IReadOnlySet<string>> gold, IEnumerable<string> predicted)
    {
        var keys = predicted.Select(NameKey.Of).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var used = new bool[keys.Count];
        var truePositives = 0;
        foreach (var accepted in gold)
        {
            var hit = Enumerable.Range(0, keys.Count).FirstOrDefault(i => !used[i] && accepted.Contains(keys[i]), -1);
            if (hit >= 0)
            {
                used[hit] = true;
                truePositives++;
            }
        }
        return new MatchCounts(truePositives, keys.Count - truePositives, gold.Count - truePositives);
    }
}
