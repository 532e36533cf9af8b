using Microsoft.Data.Sqlite;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;

namespace PaperGraph.Sqlite.Reading;

/// <summary>The methods evaluated on a dataset, or the datasets of a method: pairs joined through papers that propose
/// or use the method and are evaluated on the dataset, as the matrix counts them.</summary>
internal static class EvaluationPartnersReader
{
    private static readonly string MethodRoles = StoredRows.JsonSet(new[] { RelationType.Proposes, RelationType.Uses }.Select(StoredRows.Name));

    public static async Task<IReadOnlyList<EvaluationPartner>> ReadAsync(
        SqliteConnection connection, string entityKey, int limit, CancellationToken cancellationToken)
    {
        var anchor = await connection.Command("SELECT pk, type FROM entities WHERE key = $key", ("$key", entityKey))
            .SingleOrDefaultAsync<(long Pk, string Type)?>(r => (r.GetInt64(0), r.GetString(1)), cancellationToken);
        // Each side of the pair: the anchor's column and the partner's column of the paper-pair rows.
        (string Anchor, string Partner, string PartnerType)? sides = anchor?.Type switch
        {
            nameof(EntityType.Dataset) => ("d", "m", StoredRows.Name(EntityType.Method)),
            nameof(EntityType.Method) => ("m", "d", StoredRows.Name(EntityType.Dataset)),
            _ => null,
        };
        if (anchor is not { } found || sides is not { } side || limit <= 0)
        {
            return [];
        }
        var pairPapers =
            $"""
            SELECT DISTINCT {side.Partner}.entity_pk AS partner_pk, m.paper_pk AS paper_pk, d.entity_pk AS dataset_pk
            FROM paper_entities {side.Anchor}
            JOIN paper_entities {side.Partner} ON {side.Partner}.paper_pk = {side.Anchor}.paper_pk
            JOIN entities partner ON partner.pk = {side.Partner}.entity_pk AND partner.type = $partnerType
            WHERE {side.Anchor}.entity_pk = $anchor AND d.role = 'EvaluatedOn'
              AND m.role IN (SELECT value FROM json_each($methodRoles))
            """;
        var partners = await connection.Command(
                $"""
                WITH pairs AS ({pairPapers})
                SELECT e.pk, {StoredRows.EntityColumns("e")}, COUNT(DISTINCT pairs.paper_pk) AS papers
                FROM pairs JOIN entities e ON e.pk = pairs.partner_pk
                GROUP BY e.pk
                ORDER BY papers DESC, e.name
                LIMIT $limit
                """,
                ("$anchor", found.Pk), ("$partnerType", side.PartnerType), ("$methodRoles", MethodRoles), ("$limit", limit))
            .ListAsync(r => (Pk: r.GetInt64(0), Entity: StoredRows.ReadEntity(r, 1), Papers: r.GetInt32(4)), cancellationToken);
        // SQLite takes the bare columns of a MIN() aggregate from the row that holds the minimum: the best result.
        var metrics = await connection.Command(
                $"""
                WITH pairs AS ({pairPapers})
                SELECT pairs.partner_pk, r.metric, r.setting, COUNT(*), r.value, r.unit, r.qualifier, r.lower_is_better, MIN(r.score), r.value_text, {StoredRows.PaperSummaryColumns("p")}
                FROM pairs
                JOIN results r ON r.paper_pk = pairs.paper_pk AND r.dataset_pk = pairs.dataset_pk AND r.is_cost = 0
                JOIN papers p ON p.pk = r.paper_pk
                WHERE pairs.partner_pk IN (SELECT value FROM json_each($partners))
                GROUP BY pairs.partner_pk, r.setting, r.metric_key
                """,
                ("$anchor", found.Pk), ("$partnerType", side.PartnerType), ("$methodRoles", MethodRoles),
                ("$partners", StoredRows.JsonSet(partners.Select(partner => partner.Pk))))
            .ListAsync(r => (PartnerPk: r.GetInt64(0), Best: new MetricBest(
                r.GetString(1), r.GetString(2) is { Length: > 0 } setting ? setting : null, r.GetInt32(3), r.GetDouble(4),
                r.GetString(5), r.GetString(6), r.GetBoolean(7), StoredRows.ReadPaperSummary(r, 10))
            {
                WrittenValue = r.GetNullableString(9),
            }), cancellationToken);
        var metricsByPartner = metrics.ToLookup(metric => metric.PartnerPk, metric => metric.Best);
        return partners
            .Select(partner => new EvaluationPartner(partner.Entity, partner.Papers, metricsByPartner[partner.Pk].ToList()))
            .ToList();
    }
}
