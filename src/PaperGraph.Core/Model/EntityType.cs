namespace PaperGraph.Core.Model;

/// <summary>The kinds of entity node the extractor produces.</summary>
public enum EntityType
{
    Method,
    Dataset,
    Metric,
    Task,
}
