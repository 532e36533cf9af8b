namespace PaperGraph.Web.Components.Graph;

/// <summary>What the explorer draws. Each mode decides where its nodes and edges come from; the canvas draws them all
/// alike, with the styles of <see cref="NodeKindStyle"/> and <see cref="RelationStyle"/>.</summary>
public enum ExplorerMode
{
    /// <summary>Papers and entities with every relation between them (the neighbourhood of the focus).</summary>
    Neighbourhood,

    /// <summary>Methods and datasets only, joined by the papers behind each pair.</summary>
    MethodsAndDatasets,

    /// <summary>Papers only: the prior (references) and derivative (citing) works of a paper, laid out by year.</summary>
    Citations,
}

/// <summary>How a mode is named in <c>/graph?mode=</c>.</summary>
public static class ExplorerModes
{
    public const string MethodsAndDatasetsName = "methods-datasets";

    public const string CitationsName = "citations";

    public static ExplorerMode Parse(string? name) => name?.ToLowerInvariant() switch
    {
        MethodsAndDatasetsName => ExplorerMode.MethodsAndDatasets,
        CitationsName => ExplorerMode.Citations,
        _ => ExplorerMode.Neighbourhood,
    };
}
