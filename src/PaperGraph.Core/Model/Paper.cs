namespace PaperGraph.Core.Model;

/// <summary>A paper as read from a corpus: metadata and abstract, before extraction.</summary>
/// <param name="Id">Stable identity, see <see cref="PaperIdentity"/>.</param>
public sealed record Paper(
    string Id,
    string Title,
    string Abstract,
    string? Doi = null,
    string? ArxivId = null,
    int? Year = null,
    IReadOnlyList<string>? Authors = null,
    string? Venue = null,
    string? Url = null);
