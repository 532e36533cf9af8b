namespace PaperGraph.Web.Components.Graph;

/// <summary>What the explorer draws. Each mode decides where its nodes and edges come from; the canvas draws them all
/// alike, with the styles of <see cref="NodeKindStyle"/> and <see cref="RelationStyle"/>.</summary>
public enum ExplorerMode
{
    /// <summary>Papers and entities with every relation between them (the neighbourhood of the focus).</summary>
    Neighbourhood,

    /// <summary>Methods and datasets only, joined by the papers behind each pair.</summary>
    MethodsAndDatasets,
}

/// <summary>How a mode is named in <c>/graph?mode=</c>.</summary>
public static class ExplorerModes
{
    public const string MethodsAndDatasetsName = "methods-datasets";

    public static ExplorerMode Parse(string? name) =>
        string.Equals(name, MethodsAndDatasetsName, StringComparison.OrdinalIgnoreCase) ? ExplorerMode.MethodsAndDatasets : ExplorerMode.Neighbourhood;
}
