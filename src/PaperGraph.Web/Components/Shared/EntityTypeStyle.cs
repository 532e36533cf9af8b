using PaperGraph.Core.Model;

namespace PaperGraph.Web.Components.Shared;

/// <summary>CSS classes that colour entity types consistently (chips, mentions, legend); colours live in app.css.</summary>
public static class EntityTypeStyle
{
    public static string CssClass(EntityType type) => "type-" + type.ToString().ToLowerInvariant();

    public static string CssClass(NodeKind kind) => "type-" + kind.ToString().ToLowerInvariant();

    public static string MentionClass(EntityType type) => "mention mention-" + type.ToString().ToLowerInvariant();
}
