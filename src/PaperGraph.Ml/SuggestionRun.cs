using PaperGraph.Core.Suggestions;

namespace PaperGraph.Ml;

/// <summary>What one run computed and stored: the corpus read and the suggestions kept per kind.</summary>
public sealed record SuggestionRun(int Papers, int Entities, IReadOnlyDictionary<SuggestionKind, int> Stored);
