namespace PaperGraph.Ml;

/// <summary>How far a suggestion run is: the stage and items done of the stage's total.</summary>
public sealed record SuggestionProgress(string Stage, int Done, int Total);
