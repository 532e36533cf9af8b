using System.Text.Json;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Corpus.Formats;

/// <summary>An OpenAlex work object: ids, title, year, authorships, venue, the abstract rebuilt from its
/// inverted index, and <c>referenced_works</c> as references.</summary>
internal static class OpenAlexWorkParser
{
    public static Paper Parse(JsonElement work)
    {
        var openAlexId = work.Text("id") ?? throw new RecordFormatException("missing OpenAlex id");
        var title = JsonFields.RequireTitle(work.Text("display_name") ?? work.Text("title"));
        var doi = work.Text("doi");
        var ids = work.Object("ids");
        var arxivId = ids?.Text("arxiv");
        var references = work.Strings("referenced_works").Select(id => new CitedWork(OpenAlexId: id)).ToList();
        return new Paper(
            PaperIdentity.For(title, doi, arxivId, openAlexId),
            title,
            AbstractOf(work),
            doi,
            arxivId,
            work.Year("publication_year"),
            work.Items("authorships").Select(a => a.Object("author")?.Text("display_name")).OfType<string>().ToList(),
            work.Object("primary_location")?.Object("source")?.Text("display_name"),
            work.Object("primary_location")?.Text("landing_page_url"),
            OpenAlexId: openAlexId,
            References: references);
    }

    /// <summary>OpenAlex ships abstracts as word to positions; the words are put back in position order.</summary>
    private static string AbstractOf(JsonElement work)
    {
        if (work.Object("abstract_inverted_index") is not { } index)
        {
            return "";
        }
        var words = new SortedDictionary<int, string>();
        foreach (var entry in index.EnumerateObject())
        {
            foreach (var position in entry.Value.EnumerateArray())
            {
                if (position.TryGetInt32(out var at) && at >= 0)
                {
                    words[at] = entry.Name;
                }
            }
        }
        return string.Join(' ', words.Values);
    }
}
