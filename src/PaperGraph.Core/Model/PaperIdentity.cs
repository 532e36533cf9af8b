using System.Text;
using System.Text.RegularExpressions;

namespace PaperGraph.Core.Model;

/// <summary>Computes a paper's stable id: DOI when given, else arXiv id, else OpenAlex id, else Semantic Scholar id,
/// else the normalised title. Re-importing the same paper yields the same id, so it updates instead of duplicating;
/// a paper met first under another id keeps that one (see <see cref="PaperKeys"/>).</summary>
public static partial class PaperIdentity
{
    public static string For(string title, string? doi = null, string? arxivId = null, string? openAlexId = null, string? semanticScholarId = null)
    {
        if (!string.IsNullOrWhiteSpace(doi))
        {
            return "doi:" + NormaliseDoi(doi);
        }
        if (!string.IsNullOrWhiteSpace(arxivId))
        {
            return "arxiv:" + NormaliseArxiv(arxivId);
        }
        if (!string.IsNullOrWhiteSpace(openAlexId))
        {
            return "openalex:" + NormaliseOpenAlex(openAlexId);
        }
        if (!string.IsNullOrWhiteSpace(semanticScholarId))
        {
            return "s2:" + NormaliseSemanticScholar(semanticScholarId);
        }
        return "title:" + TitleSlug(title);
    }

    public static string NormaliseDoi(string doi)
    {
        var d = doi.Trim().ToLowerInvariant();
        foreach (var prefix in new[] { "https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:" })
        {
            if (d.StartsWith(prefix, StringComparison.Ordinal))
            {
                d = d[prefix.Length..];
            }
        }
        return d;
    }

    public static string NormaliseArxiv(string arxivId)
    {
        var a = arxivId.Trim().ToLowerInvariant();
        foreach (var prefix in new[] { "https://arxiv.org/abs/", "http://arxiv.org/abs/", "arxiv:" })
        {
            if (a.StartsWith(prefix, StringComparison.Ordinal))
            {
                a = a[prefix.Length..];
            }
        }
        // Versions of one preprint are one paper.
        return VersionSuffix().Replace(a, "");
    }

    /// <summary>The bare work id (<c>W2741809807</c>) of an OpenAlex id or address.</summary>
    public static string NormaliseOpenAlex(string openAlexId)
    {
        var o = openAlexId.Trim();
        var slash = o.LastIndexOf('/');
        return (slash >= 0 ? o[(slash + 1)..] : o).ToUpperInvariant();
    }

    /// <summary>A Semantic Scholar paper id (40 hex digits), lower case; a <c>CorpusId:</c> id is kept as it is.</summary>
    public static string NormaliseSemanticScholar(string semanticScholarId) => semanticScholarId.Trim().ToLowerInvariant();

    /// <summary>Lower-case words joined by hyphens; accents and punctuation dropped.</summary>
    public static string TitleSlug(string title)
    {
        var decomposed = title.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingHyphen = false;
        foreach (var c in decomposed)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingHyphen && sb.Length > 0)
                {
                    sb.Append('-');
                }
                sb.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                pendingHyphen = true;
            }
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"v\d+$")]
    private static partial Regex VersionSuffix();
}
