using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;
using PaperGraph.Neo4j.Cypher;
using PaperGraph.Neo4j.Http;

namespace PaperGraph.Neo4j.Reading;

/// <summary>Counts of nodes and relations; every entity and relation type is present, zero when unused.</summary>
internal sealed class StatisticsReader(QueryApiClient client)
{
    private static readonly Dictionary<EntityType, string> EntityFields = new()
    {
        [EntityType.Method] = "methods",
        [EntityType.Dataset] = "datasets",
        [EntityType.Metric] = "metrics",
        [EntityType.Task] = "tasks",
    };

    private static readonly Dictionary<RelationType, string> RelationFields = new()
    {
        [RelationType.Proposes] = "proposes",
        [RelationType.Uses] = "uses",
        [RelationType.EvaluatedOn] = "evaluatedOn",
        [RelationType.Mentions] = "mentions",
        [RelationType.Addresses] = "addresses",
        [RelationType.Reports] = "reports",
        [RelationType.VariantOf] = "variantOf",
        [RelationType.BuildsOn] = "buildsOn",
        [RelationType.Cites] = "cites",
    };

    public async Task<GraphStatistics> ReadAsync(CancellationToken cancellationToken)
    {
        var counts = (await client.RunAsync(StatisticsStatements.Counts.With(), cancellationToken)).Records[0];
        var entities = EntityFields.ToDictionary(field => field.Key, field => counts.Int(field.Value));
        var relations = RelationFields.ToDictionary(field => field.Key, field => counts.Int(field.Value));
        return new GraphStatistics(counts.Int("papers"), entities, relations, relations[RelationType.Reports], counts.Int("stubs"));
    }
}
