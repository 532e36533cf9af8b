using PaperGraph.Core.Model;

namespace PaperGraph.Web.Components.Shared;

/// <summary>The site-wide colour of each node kind (chips, mentions, legends, badges and the graph canvas).
/// The colours themselves live in app.css as <c>--type-{kind}</c> custom properties.</summary>
public static class EntityTypeStyle
{
    public static string CssClass(NodeKind kind) => "type-" + Name(kind);

    public static string CssClass(EntityType type) => CssClass(NodeKinds.Of(type));

    public static string MentionClass(EntityType type) => "mention mention-" + Name(NodeKinds.Of(type));

    /// <summary>The kind's colour as a CSS value, for places that cannot take a class (SVG fills, the canvas).</summary>
    public static string Colour(NodeKind kind) => $"var(--type-{Name(kind)})";

    private static string Name(NodeKind kind) => kind.ToString().ToLowerInvariant();
}
