namespace PaperGraph.Cli.Bench;

/// <summary>What to measure: corpus size, batch size, query runs, and where the temp database lives.</summary>
internal sealed record BenchSettings(int Papers, int BatchSize, int Runs, string Dataset, string DatabasePath);
