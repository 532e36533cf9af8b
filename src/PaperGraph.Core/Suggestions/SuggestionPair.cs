namespace PaperGraph.Core.Suggestions;

/// <summary>The two ends of a suggestion in ordinal order: how a rejection is kept, so that it holds whichever way
/// round the suggestion is made again.</summary>
public readonly record struct SuggestionPair(string Low, string High)
{
    public static SuggestionPair Of(string sourceId, string targetId) =>
        string.CompareOrdinal(sourceId, targetId) <= 0 ? new(sourceId, targetId) : new(targetId, sourceId);
}
