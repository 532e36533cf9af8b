namespace PaperGraph.Cli.Bench;

/// <summary>What <c>papergraph bench --neo4j</c> measured, extraction excluded.</summary>
/// <param name="RequestSeconds">Time planning the upserts and serialising every Query API request body, as an upsert
/// into an empty database sends them.</param>
/// <param name="CsvSeconds">Time writing the neo4j-admin CSV files of the same papers.</param>
internal sealed record Neo4jLoadReport(
    int Papers,
    int SamplePapers,
    int RowsPerStatement,
    double RequestSeconds,
    long RequestBytes,
    double CsvSeconds,
    long CsvBytes)
{
    public double RequestPapersPerSecond => Papers / RequestSeconds;

    public double CsvPapersPerSecond => Papers / CsvSeconds;
}
