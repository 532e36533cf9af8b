namespace PaperGraph.Core.Evaluation;

/// <summary>Scores mentions per type as shared/eval/tdmsci-train/score.py does: duplicates count once;
/// exact needs the same line, type and offsets; overlap needs the same line and type and a shared character.</summary>
public static class MentionScorer
{
    private static readonly string[] ScoredTypes = ["DATASET", "METRIC", "TASK"];

    public static MentionEvaluation Score(IEnumerable<MentionSpan> gold, IEnumerable<MentionSpan> predicted)
    {
        var goldSet = gold.ToHashSet();
        var predictedSet = predicted.ToHashSet();
        return new MentionEvaluation(ScoredTypes.Select(type =>
        {
            var g = goldSet.Where(m => m.Type == type).ToHashSet();
            var p = predictedSet.Where(m => m.Type == type).ToHashSet();
            return new MentionTypeScore(type.ToLowerInvariant(), Exact(g, p), Overlap(g, p));
        }).ToList());
    }

    private static SpanScore Exact(HashSet<MentionSpan> gold, HashSet<MentionSpan> predicted)
    {
        var matched = predicted.Count(gold.Contains);
        return new SpanScore(matched, predicted.Count, matched, gold.Count);
    }

    private static SpanScore Overlap(HashSet<MentionSpan> gold, HashSet<MentionSpan> predicted)
    {
        var goldByLine = gold.ToLookup(m => m.Line);
        var predictedByLine = predicted.ToLookup(m => m.Line);
        return new SpanScore(
            predicted.Count(p => goldByLine[p.Line].Any(p.Overlaps)), predicted.Count,
            gold.Count(g => predictedByLine[g.Line].Any(g.Overlaps)), gold.Count);
    }
}
