using PaperGraph.Core.Graph.Queries;

namespace PaperGraph.Web.Components.Shared;

/// <summary>A chosen cell of the method × dataset matrix.</summary>
public sealed record MatrixSelection(EntityRef Method, EntityRef Dataset, int Papers);
