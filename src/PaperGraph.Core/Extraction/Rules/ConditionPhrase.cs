namespace PaperGraph.Core.Extraction.Rules;

/// <summary>A phrase of a sentence that states under what condition numbers hold, tokens [First, Last].</summary>
internal readonly record struct ConditionPhrase(int First, int Last);
