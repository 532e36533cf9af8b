using PaperGraph.Core.Model;
using PaperGraph.Web.Services;

namespace PaperGraph.Web.Components.Shared;

/// <summary>Anchors of results on a paper page, so a leaderboard number links to the sentence it came from.</summary>
public static class ResultAnchors
{
    public static string Id(Provenance provenance) => $"result-{provenance.Start}-{provenance.End}";

    public static string Link(string paperId, Provenance provenance) => NodeLinks.Paper(paperId) + "#" + Id(provenance);
}
