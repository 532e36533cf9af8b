namespace PaperGraph.Core.Evaluation;

/// <summary>A dataset of a gold paper: its canonical name and how the abstract writes it.</summary>
public sealed record GoldDataset(string Name, IReadOnlyList<string> Mentions);
