namespace PaperGraph.Core.Evaluation;

/// <summary>The score of predicted mentions against a mention gold file, per type.</summary>
public sealed record MentionEvaluation(IReadOnlyList<MentionTypeScore> Types) : EvaluationReport
{
    public MentionTypeScore this[string type] => Types.Single(t => t.Type == type);
}
