namespace PaperGraph.Web.Curators;

/// <summary>A change was asked for by someone who is not a signed-in curator (or whose account was removed); nothing was changed.</summary>
public sealed class CuratorRequiredException() : Exception("Only a signed-in curator can change the graph. Sign in and try again.");
