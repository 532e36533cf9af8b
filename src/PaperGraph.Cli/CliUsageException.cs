namespace PaperGraph.Cli;

/// <summary>The user asked for something that cannot work (a missing database, a bad argument value):
/// reported as a one-line error with exit code 2.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
