namespace PaperGraph.Web.Components.Curation;

/// <summary>What a curator chose in a merge cluster: the entity that stays and the ones merged into it.</summary>
public sealed record MergeChoice(string IntoKey, IReadOnlyList<string> FromKeys);
