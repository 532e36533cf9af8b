using PaperGraph.Core.Model;
using static PaperGraph.Neo4j.Cypher.Samples;

namespace PaperGraph.Neo4j.Cypher;

/// <summary>The methods evaluated on a dataset and the datasets of a method: pairs joined through papers that propose
/// or use the method and are evaluated on the dataset, as the matrix counts them. Per direction, one statement counts
/// the partners and one reads the best result per partner, setting and metric (cost figures left out).</summary>
internal static class EvaluationPartnerStatements
{
    private static readonly string Method = GraphNames.Of(EntityType.Method);
    private static readonly string Dataset = GraphNames.Of(EntityType.Dataset);

    private const string PartnerCounts =
        """
        WITH partner, count(DISTINCT p) AS papers
        ORDER BY papers DESC, partner.name
        LIMIT $limit
        RETURN partner.key AS key, partner.type AS type, partner.name AS name, papers
        """;

    /// <summary>Smallest score first is best in every metric's direction; ties go to the smaller paper id.</summary>
    private const string BestPerMetric =
        """
        MATCH (p)-[r:REPORTS]->(dataset)
        WHERE NOT r.isCost
        WITH partnerKey, r, p
        ORDER BY r.score, p.id
        WITH partnerKey, r.setting AS setting, r.metricKey AS metricKey,
             collect({metric: r.metric, value: r.value, valueText: r.valueText, unit: r.unit, qualifier: r.qualifier, lowerIsBetter: r.lowerIsBetter, id: p.id, title: p.title, year: p.year}) AS ranked
        RETURN partnerKey, setting, size(ranked) AS results, ranked[0].metric AS metric, ranked[0].value AS value, ranked[0].valueText AS valueText, ranked[0].unit AS unit,
               ranked[0].qualifier AS qualifier, ranked[0].lowerIsBetter AS lowerIsBetter, ranked[0].id AS id,
               ranked[0].title AS title, ranked[0].year AS year
        """;

    public static CypherStatement MethodsOn { get; } = new("evaluation-partners.methods-on",
        $"""
        MATCH (:Entity {"{"}key: $key{"}"})<-[:EVALUATED_ON]-(p:Paper)-[:PROPOSES|USES]->(partner:Entity)
        WHERE partner.type = '{Method}'
        {PartnerCounts}
        """,
        Of(("key", "dataset:imagenet"), ("limit", 50)));

    public static CypherStatement DatasetsOf { get; } = new("evaluation-partners.datasets-of",
        $"""
        MATCH (:Entity {"{"}key: $key{"}"})<-[:PROPOSES|USES]-(p:Paper)-[:EVALUATED_ON]->(partner:Entity)
        WHERE partner.type = '{Dataset}'
        {PartnerCounts}
        """,
        Of(("key", "method:resnet"), ("limit", 50)));

    public static CypherStatement MethodMetricsOn { get; } = new("evaluation-partners.method-metrics-on",
        $"""
        UNWIND $partners AS partnerKey
        MATCH (dataset:Entity {"{"}key: $key{"}"})<-[:EVALUATED_ON]-(p:Paper)-[:PROPOSES|USES]->(:Entity {"{"}key: partnerKey{"}"})
        WITH DISTINCT partnerKey, dataset, p
        {BestPerMetric}
        """,
        Of(("key", "dataset:imagenet"), ("partners", new[] { "method:resnet" })));

    public static CypherStatement DatasetMetricsOf { get; } = new("evaluation-partners.dataset-metrics-of",
        $"""
        UNWIND $partners AS partnerKey
        MATCH (:Entity {"{"}key: $key{"}"})<-[:PROPOSES|USES]-(p:Paper)-[:EVALUATED_ON]->(dataset:Entity {"{"}key: partnerKey{"}"})
        WITH DISTINCT partnerKey, dataset, p
        {BestPerMetric}
        """,
        Of(("key", "method:resnet"), ("partners", new[] { "dataset:imagenet" })));

    public static IReadOnlyList<CypherStatement> All { get; } = [MethodsOn, DatasetsOf, MethodMetricsOn, DatasetMetricsOf];
}
