using PaperGraph.Core.Graph.Queries;

namespace PaperGraph.Web.Components.Graph;

/// <summary>A method–dataset edge the user clicked, with the papers behind it.</summary>
public sealed record SelectedPair(string MethodKey, string MethodName, string DatasetKey, string DatasetName, IReadOnlyList<PaperSummary> Papers);
