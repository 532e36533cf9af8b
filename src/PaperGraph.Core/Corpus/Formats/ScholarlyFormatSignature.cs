namespace PaperGraph.Core.Corpus.Formats;

/// <summary>Recognises the scholarly formats by what their first record contains, since their extensions
/// (.json, .jsonl, .xml) say little: the field names each source, and only that source, uses.</summary>
internal static class ScholarlyFormatSignature
{
    public static CorpusFormat? Of(string extension, string head)
    {
        var markup = head.StartsWith('{') || head.StartsWith('[') || head.StartsWith('<');
        if (extension.Equals(".bib", StringComparison.OrdinalIgnoreCase) || !markup && (head.StartsWith('@') || Has(head, "\n@")))
        {
            return CorpusFormat.BibTex;
        }
        if (head.StartsWith('<'))
        {
            return head.Contains("http://www.w3.org/2005/Atom", StringComparison.Ordinal) ? CorpusFormat.ArxivAtom : null;
        }
        if (!head.StartsWith('{') && !head.StartsWith('['))
        {
            return null;
        }
        if (head.StartsWith('{') && Has(head, "\"body\"") && Has(head, "http://www.w3.org/2005/Atom"))
        {
            // A recorded API response ({url, status_code, body}) whose body is an Atom feed.
            return CorpusFormat.ArxivAtom;
        }
        if (Has(head, "\"referenced_works\"") || Has(head, "\"abstract_inverted_index\"") || Has(head, "\"https://openalex.org/W"))
        {
            return CorpusFormat.OpenAlex;
        }
        if (Has(head, "\"paperId\"") || Has(head, "\"outCitations\"") || Has(head, "\"inCitations\"") || Has(head, "\"bib_entries\"")
            || Has(head, "\"citedPaper\"") || Has(head, "\"citingPaper\"") || Has(head, "\"paper_id\"") && Has(head, "\"metadata\""))
        {
            return CorpusFormat.SemanticScholar;
        }
        if (Has(head, "\"authors_parsed\"") || Has(head, "\"submitter\"") && Has(head, "\"versions\""))
        {
            return CorpusFormat.ArxivSnapshot;
        }
        if (head.StartsWith('[') && (Has(head, "\"issued\"") || Has(head, "\"container-title\"") || Has(head, "\"citation-key\"")))
        {
            return CorpusFormat.CslJson;
        }
        return null;
    }

    private static bool Has(string head, string text) => head.Contains(text, StringComparison.Ordinal);
}
