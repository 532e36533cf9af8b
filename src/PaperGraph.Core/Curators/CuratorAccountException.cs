namespace PaperGraph.Core.Curators;

/// <summary>A curator account cannot be added or removed as asked (a bad or taken name, a weak password, an unknown
/// curator); the message says why and is fit to show to the person who asked.</summary>
public sealed class CuratorAccountException(string message) : Exception(message);
