namespace PaperGraph.Core.Evaluation;

/// <summary>The scores of one mention type ("dataset", "metric", "task"): exact spans and overlapping spans.</summary>
public sealed record MentionTypeScore(string Type, SpanScore Exact, SpanScore Overlap);
