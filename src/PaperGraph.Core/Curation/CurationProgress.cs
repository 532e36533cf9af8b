namespace PaperGraph.Core.Curation;

/// <summary>How far a curation operation is: the stage and items done of the stage's total.</summary>
public sealed record CurationProgress(string Stage, int Done, int Total);
