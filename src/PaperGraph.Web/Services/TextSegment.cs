using PaperGraph.Core.Graph.Queries;

namespace PaperGraph.Web.Services;

/// <summary>A run of abstract text; <paramref name="Entity"/> is set when the run is a mention.</summary>
public sealed record TextSegment(string Text, int Start, EntityRef? Entity)
{
    public bool IsMention => Entity is not null;
}
