namespace PaperGraph.Cli.Bench;

/// <summary>A bounded load run: <see cref="Clients"/> concurrent clients for <see cref="Duration"/>, at most
/// <see cref="MaxRequests"/> requests in all, against a server on this machine, after <see cref="WarmUp"/> of the same
/// load that is not measured.</summary>
/// <param name="ServerProcessId">The server's process, whose resident memory is read at the start and the end (Linux).</param>
internal sealed record LoadSettings(Uri Server, int Clients, TimeSpan Duration, int MaxRequests, int? ServerProcessId, TimeSpan WarmUp);
