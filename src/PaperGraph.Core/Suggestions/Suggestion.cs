using PaperGraph.Core.Model;

namespace PaperGraph.Core.Suggestions;

/// <summary>One scored suggestion from <paramref name="SourceId"/> to <paramref name="TargetId"/> (paper ids or
/// entity keys, see <see cref="SuggestionKind"/>).</summary>
/// <param name="Score">In [0, 1]; higher is more likely.</param>
/// <param name="Reasons">What explains it to a person: shared terms, the evidence a candidate rests on.</param>
/// <param name="Role">For <see cref="SuggestionKind.MissingLink"/>: the relation suggested.</param>
public sealed record Suggestion(
    SuggestionKind Kind,
    string SourceId,
    string TargetId,
    double Score,
    IReadOnlyList<string> Reasons,
    RelationType? Role = null);
