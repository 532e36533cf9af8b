namespace PaperGraph.Core.Evaluation;

/// <summary>One hand-annotated paper of an abstracts gold file (shared/eval/README.md).</summary>
public sealed record GoldPaper(
    string Title,
    IReadOnlyList<string> Proposes,
    IReadOnlyList<string> Methods,
    IReadOnlyList<GoldDataset> Datasets,
    IReadOnlyList<string> EvaluatedOn,
    IReadOnlyList<string> Metrics,
    IReadOnlyList<string> Tasks,
    IReadOnlyList<GoldResult> Results,
    IReadOnlyList<IReadOnlyList<string>> Aliases);
