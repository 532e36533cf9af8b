namespace PaperGraph.Core.Model;

/// <summary>What qualifies a reported number: how the text bounds it, the condition it holds under, the
/// setting of the dataset it is on, and whether it is a cost figure rather than a score.</summary>
/// <param name="Qualifier">"" when stated exactly, else "&gt;", "≥", "&lt;", "≤" or "≈".</param>
/// <param name="Condition">"10-shot", "with 1% of the labels"; null when the sentence gives none.</param>
/// <param name="Setting">"32×32" for ImageNet 32×32; null for the dataset's standard setting.</param>
/// <param name="IsCost">GPU days, parameters, FLOPs, latency: shown beside scores, never ranked as "best".</param>
public sealed record ResultContext(string Qualifier, string? Condition, string? Setting, bool IsCost)
{
    public static ResultContext Plain { get; } = new("", null, null, false);

    /// <summary>The number as the abstract writes it ("90.0", "1,024"), so "90.0%" never reads as "90%"; null when
    /// not known (stored before it was kept), and the value is shown instead.</summary>
    public string? WrittenValue { get; init; }
}
