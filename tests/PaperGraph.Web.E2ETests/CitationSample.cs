using System.Text.Json;

namespace PaperGraph.Web.E2ETests;

/// <summary>The real S2ORC example paper (Fixtures/NOTICE.md), imported beside the seed corpus: one paper whose
/// reference list (with titles and years) gives the citation mode CITES edges to lay out by year.</summary>
public static class CitationSample
{
    public static string Path { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", "s2orc_example_paper.json");

    /// <summary>The paper's title as the file gives it.</summary>
    public static string Title { get; } = Read().GetProperty("metadata").GetProperty("title").GetString()!;

    /// <summary>The entries of the file's reference list.</summary>
    public static int ReferenceEntries { get; } = Read().GetProperty("grobid_parse").GetProperty("bib_entries").EnumerateObject().Count();

    private static JsonElement Read()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path));
        return document.RootElement.Clone();
    }
}
