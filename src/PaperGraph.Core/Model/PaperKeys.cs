namespace PaperGraph.Core.Model;

/// <summary>Match keys of a paper: one per external id (<c>doi:</c>, <c>arxiv:</c>, <c>openalex:</c>, <c>s2:</c>),
/// then <c>title:slug:year</c>. Two records share a node when they share any key, so the same paper from
/// OpenAlex, arXiv and Semantic Scholar is one node.</summary>
public static class PaperKeys
{
    public static IReadOnlyList<string> Of(string? doi, string? arxivId, string? openAlexId, string? semanticScholarId, string? title, int? year)
    {
        var keys = new List<string>(5);
        if (!string.IsNullOrWhiteSpace(doi))
        {
            keys.Add("doi:" + PaperIdentity.NormaliseDoi(doi));
        }
        if (!string.IsNullOrWhiteSpace(arxivId))
        {
            keys.Add("arxiv:" + PaperIdentity.NormaliseArxiv(arxivId));
        }
        if (!string.IsNullOrWhiteSpace(openAlexId))
        {
            keys.Add("openalex:" + PaperIdentity.NormaliseOpenAlex(openAlexId));
        }
        if (!string.IsNullOrWhiteSpace(semanticScholarId))
        {
            keys.Add("s2:" + PaperIdentity.NormaliseSemanticScholar(semanticScholarId));
        }
        // A title alone is too weak to merge on (many "Introduction"s); with its year it is the usual fallback.
        if (!string.IsNullOrWhiteSpace(title) && year is { } y && PaperIdentity.TitleSlug(title) is { Length: > 0 } slug)
        {
            keys.Add($"title:{slug}:{y}");
        }
        return keys;
    }
}
