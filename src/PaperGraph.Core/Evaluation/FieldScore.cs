namespace PaperGraph.Core.Evaluation;

/// <summary>The micro scores of one field over all gold papers; <see cref="Field"/> as score.py names it.</summary>
public sealed record FieldScore(string Field, MatchCounts Counts);
