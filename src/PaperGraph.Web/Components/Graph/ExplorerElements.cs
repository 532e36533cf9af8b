using System.Globalization;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;
using PaperGraph.Core.Queries;
using PaperGraph.Core.Queries.Citations;
using PaperGraph.Core.Suggestions;

namespace PaperGraph.Web.Components.Graph;

/// <summary>A subgraph as the JS module takes it: kinds and relation types as names, not numbers.</summary>
public sealed record ExplorerElements(IReadOnlyList<ExplorerNode> Nodes, IReadOnlyList<ExplorerEdge> Edges)
{
    public static ExplorerElements From(GraphView view) => new(
        [.. view.Nodes.Select(ExplorerNode.From)],
        [.. view.Edges.Select(e => new ExplorerEdge(e.Source, e.Target, e.Type.ToString()))]);

    /// <summary>Methods and datasets, each pair an edge weighted (and captioned) by the papers behind it.</summary>
    public static ExplorerElements From(MethodDatasetGraph graph) => new(
        [.. graph.Nodes.Select(ExplorerNode.From)],
        [.. graph.Links.Select(link => new ExplorerEdge(link.MethodKey, link.DatasetKey, RelationStyle.EvaluatedWith, link.Papers,
            link.Papers == 1 ? "1 paper" : $"{link.Papers} papers"))]);

    /// <summary>Suggested links as dashed edges of their own types, captioned with what they suggest and their score.</summary>
    public static ExplorerElements From(SuggestedLinks suggested) => new(
        [.. suggested.Nodes.Select(ExplorerNode.From)],
        [.. suggested.Links.Select(link => link.Kind == SuggestionKind.SimilarPaper
            ? new ExplorerEdge(link.Source, link.Target, RelationStyle.SimilarTo, Caption: $"similar ({Score(link)})")
            : new ExplorerEdge(link.Source, link.Target, RelationStyle.SuggestedLink, Caption: $"suggested {link.Role} ({Score(link)})"))]);

    private static string Score(SuggestedLink link) => link.Score.ToString("0.00", CultureInfo.InvariantCulture);
    /// <summary>A paper, its prior works (each citing paper to what it cites) and derivative works, one edge per origin:
    /// CITES for an imported reference, BUILDS_ON for one derived from methods.</summary>
    public static ExplorerElements From(CitationReport report)
    {
        var references = report.References.SelectMany(entry =>
            entry.Origins.Select(origin => new ExplorerEdge(entry.Via ?? report.Paper.Id, entry.Paper.Id, TypeOf(origin))));
        var citers = report.CitedBy.SelectMany(entry =>
            entry.Origins.Select(origin => new ExplorerEdge(entry.Paper.Id, entry.Via ?? report.Paper.Id, TypeOf(origin))));
        return new(
            [ExplorerNode.From(report.Paper), .. report.References.Concat(report.CitedBy).Select(entry => ExplorerNode.From(entry.Paper))],
            [.. references, .. citers]);
    }

    /// <summary>The papers of a chain of citations and its CITES edges, each in its own direction.</summary>
    public static ExplorerElements From(CitationPath path) => new(
        [.. path.Papers.Select(ExplorerNode.From)],
        [.. path.Links.Select(link => new ExplorerEdge(link.Source.Id, link.Target.Id, link.Type.ToString()))]);

    private static string TypeOf(CitationOrigin origin) =>
        (origin == CitationOrigin.Imported ? RelationType.Cites : RelationType.BuildsOn).ToString();
}

/// <param name="Year">The paper's year, for the citation mode's layout; null for entities and undated papers.</param>
/// <param name="Stub">A paper known only from a reference list.</param>
public sealed record ExplorerNode(string Id, string Label, string Kind, int Degree, int? Year = null, bool Stub = false)
{
    public static ExplorerNode From(GraphNode node) => new(node.Id, node.Label, node.Kind.ToString(), node.Degree);

    /// <summary>A paper sized by its citations within the corpus.</summary>
    public static ExplorerNode From(CitationNode paper) =>
        new(paper.Id, paper.Title, nameof(NodeKind.Paper), paper.CitedBy, paper.Year, paper.IsStub);
}

/// <param name="Weight">Papers behind the edge, for edges that stand for many papers; null otherwise.</param>
/// <param name="Caption">Shown on the selected edge; the type when null.</param>
public sealed record ExplorerEdge(string Source, string Target, string Type, int? Weight = null, string? Caption = null);
