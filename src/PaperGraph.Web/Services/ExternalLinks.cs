namespace PaperGraph.Web.Services;

/// <summary>Where a paper's identifiers resolve on the web: DOIs at doi.org, arXiv ids at arxiv.org. Each
/// identifier is escaped as one path, so text from a corpus cannot change the link's host or scheme.</summary>
public static class ExternalLinks
{
    public static string Doi(string doi) => "https://doi.org/" + EscapePath(doi);

    public static string Arxiv(string arxivId) => "https://arxiv.org/abs/" + EscapePath(arxivId);

    // DOIs and old-style arXiv ids ("hep-th/9901001") keep their slashes; everything else is escaped.
    private static string EscapePath(string id) => string.Join('/', id.Trim().Split('/').Select(Uri.EscapeDataString));
}
