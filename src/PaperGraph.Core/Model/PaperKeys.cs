namespace PaperGraph.Core.Model;

/// <summary>Match keys of a paper: one per external id (<c>doi:</c>, <c>arxiv:</c>, <c>openalex:</c>, <c>s2:</c>),
/// then <c>title:slug:year</c>. Two records share a node when they share any key, so the same paper from
/// OpenAlex, arXiv and Semantic Scholar is one node.</summary>
public static class PaperKeys
{
    private const string ArxivDoiPrefix = "10.48550/arxiv.";

    public static IReadOnlyList<string> Of(string? doi, string? arxivId, string? openAlexId, string? semanticScholarId, string? title, int? year)
    {
        var keys = new List<string>(5);
        if (!string.IsNullOrWhiteSpace(doi))
        {
            keys.Add("doi:" + PaperIdentity.NormaliseDoi(doi));
        }
        // arXiv's own DOIs (10.48550/arXiv.1706.03762), which OpenAlex gives preprints, name the arXiv id.
        var arxiv = !string.IsNullOrWhiteSpace(arxivId) ? arxivId
            : doi is not null && PaperIdentity.NormaliseDoi(doi).StartsWith(ArxivDoiPrefix, StringComparison.Ordinal) ? PaperIdentity.NormaliseDoi(doi)[ArxivDoiPrefix.Length..]
            : null;
        if (arxiv is not null)
        {
            keys.Add("arxiv:" + PaperIdentity.NormaliseArxiv(arxiv));
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
