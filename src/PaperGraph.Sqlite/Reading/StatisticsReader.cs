using Microsoft.Data.Sqlite;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;

namespace PaperGraph.Sqlite.Reading;

/// <summary>Counts of nodes and relations; every entity and relation type is present, zero when unused.</summary>
internal static class StatisticsReader
{
    private const string RelationCounts =
        """
        SELECT role, COUNT(*) FROM paper_entities GROUP BY role
        UNION ALL SELECT 'Reports', COUNT(*) FROM results
        UNION ALL SELECT 'VariantOf', COUNT(*) FROM entities WHERE parent_pk IS NOT NULL
        UNION ALL SELECT type, COUNT(*) FROM paper_links GROUP BY type
        """;

    public static async Task<GraphStatistics> ReadAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var papers = await connection.Command("SELECT COUNT(*) FROM papers WHERE is_stub = 0").LongAsync(cancellationToken);
        var stubs = await connection.Command("SELECT COUNT(*) FROM papers WHERE is_stub = 1").LongAsync(cancellationToken);
        var entities = Enum.GetValues<EntityType>().ToDictionary(type => type, _ => 0);
        foreach (var (type, count) in await connection.Command("SELECT type, COUNT(*) FROM entities GROUP BY type")
                     .ListAsync(r => (Enum.Parse<EntityType>(r.GetString(0)), r.GetInt32(1)), cancellationToken))
        {
            entities[type] = count;
        }
        var relations = Enum.GetValues<RelationType>().ToDictionary(type => type, _ => 0);
        foreach (var (type, count) in await connection.Command(RelationCounts)
                     .ListAsync(r => (Enum.Parse<RelationType>(r.GetString(0)), r.GetInt32(1)), cancellationToken))
        {
            relations[type] += count;
        }
        return new GraphStatistics((int)papers, entities, relations, relations[RelationType.Reports], (int)stubs);
    }
}
