using PaperGraph.Core.Model;

namespace PaperGraph.Web.Services;

/// <summary>The friendly entity addresses (<c>/datasets/ImageNet</c>) and the type each one implies.</summary>
public static class EntityRoutes
{
    private static readonly Dictionary<string, EntityType> TypeBySegment = new(StringComparer.OrdinalIgnoreCase)
    {
        ["datasets"] = EntityType.Dataset,
        ["methods"] = EntityType.Method,
        ["tasks"] = EntityType.Task,
        ["metrics"] = EntityType.Metric,
    };

    /// <summary>The entity type named by the first segment of a base-relative path, if any.</summary>
    public static EntityType? TypeOf(string relativePath)
    {
        var segment = relativePath.Split('/', '?', '#')[0];
        return TypeBySegment.TryGetValue(segment, out var type) ? type : null;
    }
}
