namespace PaperGraph.Core.Extraction.Rules;

/// <summary>Keeps the longest of overlapping mentions (earlier candidates win ties), so "MS COCO
/// object detection dataset" yields COCO and object detection but not a shorter inner name.</summary>
internal static class MentionResolver
{
    public static List<FoundMention> Resolve(List<FoundMention> candidates, int textLength)
    {
        var order = Enumerable.Range(0, candidates.Count)
            .OrderByDescending(i => candidates[i].Span.Length)
            .ThenBy(i => i);
        var taken = new bool[textLength];
        var kept = new List<FoundMention>();
        foreach (var i in order)
        {
            var span = candidates[i].Span;
            if (Array.IndexOf(taken, true, span.Start, span.Length) >= 0)
            {
                continue;
            }
            Array.Fill(taken, true, span.Start, span.Length);
            kept.Add(candidates[i]);
        }
        kept.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return kept;
    }
}
