using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Queries.Citations;

namespace PaperGraph.Cli.Commands.Query;

/// <summary>How the citation commands print papers and links.</summary>
internal static class CitationText
{
    public static string Title(CitationNode paper)
    {
        var title = paper.Year is { } year ? $"{paper.Title} ({year})" : paper.Title;
        return paper.IsStub ? $"{title} [stub]" : title;
    }

    public static string Origins(IReadOnlyList<CitationOrigin> origins) =>
        string.Join(" + ", origins.Select(origin => origin == CitationOrigin.Imported ? "cites (imported)" : "builds on (derived)"));
}
