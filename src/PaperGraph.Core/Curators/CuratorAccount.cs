namespace PaperGraph.Core.Curators;

/// <summary>A person allowed to change the graph: a name and an ASP.NET Core Identity password hash, never the password.</summary>
public sealed record CuratorAccount(string Name, string PasswordHash, DateTimeOffset Created);
