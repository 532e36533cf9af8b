using PaperGraph.Core.Model;

namespace PaperGraph.Web.Components.Graph;

/// <summary>The page of a graph node: papers under /papers, entities under /entities. Ids hold ':' and
/// '/' (DOIs), so they are escaped as one path segment.</summary>
public static class NodePageLink
{
    public static string For(string nodeId, NodeKind kind) => kind == NodeKind.Paper
        ? $"papers/{Uri.EscapeDataString(nodeId)}"
        : $"entities/{Uri.EscapeDataString(nodeId)}";
}
