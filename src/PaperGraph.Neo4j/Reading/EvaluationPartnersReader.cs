using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;
using PaperGraph.Neo4j.Cypher;
using PaperGraph.Neo4j.Http;

namespace PaperGraph.Neo4j.Reading;

/// <summary>The methods evaluated on a dataset, or the datasets of a method, with the best result per metric.</summary>
internal sealed class EvaluationPartnersReader(QueryApiClient client, EntityReader entities)
{
    public async Task<IReadOnlyList<EvaluationPartner>> ReadAsync(string entityKey, int limit, CancellationToken cancellationToken)
    {
        var anchor = await entities.ByKeyAsync(entityKey, cancellationToken);
        (CypherStatement Partners, CypherStatement Metrics)? statements = anchor?.Type switch
        {
            EntityType.Dataset => (EvaluationPartnerStatements.MethodsOn, EvaluationPartnerStatements.MethodMetricsOn),
            EntityType.Method => (EvaluationPartnerStatements.DatasetsOf, EvaluationPartnerStatements.DatasetMetricsOf),
            _ => null,
        };
        if (statements is not { } chosen || limit <= 0)
        {
            return [];
        }
        var partners = (await client.RunAsync(chosen.Partners.With(("key", entityKey), ("limit", limit)), cancellationToken)).Records
            .Select(record => (Entity: record.Entity(), Papers: record.Int("papers")))
            .ToList();
        if (partners.Count == 0)
        {
            return [];
        }
        var request = chosen.Metrics.With(("key", entityKey), ("partners", partners.Select(partner => partner.Entity.Key).ToList()));
        var metrics = (await client.RunAsync(request, cancellationToken)).Records.ToLookup(
            record => record.String("partnerKey"),
            record => new MetricBest(
                record.String("metric"), record.NullableString("setting") is { Length: > 0 } setting ? setting : null, record.Int("results"),
                record.Double("value"), record.String("unit"), record.NullableString("qualifier") ?? "", record.Bool("lowerIsBetter"),
                record.PaperSummary())
            {
                WrittenValue = record.NullableString("valueText"),
            },
            StringComparer.Ordinal);
        return partners.Select(partner => new EvaluationPartner(partner.Entity, partner.Papers, metrics[partner.Entity.Key].ToList())).ToList();
    }
}
