namespace PaperGraph.Core.Graph;

/// <summary>What one upsert batch changed.</summary>
public sealed record UpsertSummary(int PapersAdded, int PapersUpdated, int EntitiesAdded, int RelationsWritten)
{
    public static UpsertSummary Empty { get; } = new(0, 0, 0, 0);

    public UpsertSummary Add(UpsertSummary other) => new(
        PapersAdded + other.PapersAdded,
        PapersUpdated + other.PapersUpdated,
        EntitiesAdded + other.EntitiesAdded,
        RelationsWritten + other.RelationsWritten);
}
