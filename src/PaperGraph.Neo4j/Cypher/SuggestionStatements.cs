using PaperGraph.Core.Suggestions;

namespace PaperGraph.Neo4j.Cypher;

/// <summary>Suggestions as relationships between the nodes they join, one type per kind: SIMILAR_TO paper to paper,
/// SUGGESTED_LINK paper to entity, MERGE_CANDIDATE and VARIANT_CANDIDATE entity to entity; each carries score, reasons,
/// role and its <c>pair</c> (kind and both ends in ordinal order) by which a decided suggestion is removed. Rejections are
/// curation rules, not kept here. The labels and types are literals chosen per kind.</summary>
internal static class SuggestionStatements
{
    private sealed record Shape(string Type, string SourceLabel, string SourceKey, string TargetLabel, string TargetKey, string EntityEnd);

    private static readonly IReadOnlyDictionary<SuggestionKind, Shape> Shapes = new Dictionary<SuggestionKind, Shape>
    {
        [SuggestionKind.SimilarPaper] = new("SIMILAR_TO", "Paper", "id", "Paper", "id", "s.key"),
        [SuggestionKind.MissingLink] = new("SUGGESTED_LINK", "Paper", "id", "Entity", "key", "t.key"),
        [SuggestionKind.MergeCandidate] = new("MERGE_CANDIDATE", "Entity", "key", "Entity", "key", "s.key"),
        [SuggestionKind.VariantCandidate] = new("VARIANT_CANDIDATE", "Entity", "key", "Entity", "key", "s.key"),
    };

    private static readonly Dictionary<string, object?> SampleRow = Samples.Row(
        ("source", "title:deep residual learning"), ("target", "title:densely connected networks"), ("score", 0.42),
        ("reasons", new[] { "residual", "skip connections" }), ("role", null), ("pair", "SimilarPaper\ntitle:a\ntitle:b"));

    public static CypherStatement Clear(SuggestionKind kind) => Statements[kind].Clear;

    public static CypherStatement Insert(SuggestionKind kind) => Statements[kind].Insert;

    public static CypherStatement ForNode(SuggestionKind kind) => Statements[kind].ForNode;

    public static CypherStatement Top(SuggestionKind kind) => Statements[kind].Top;

    public static CypherStatement Count(SuggestionKind kind) => Statements[kind].Count;

    public static CypherStatement Delete(SuggestionKind kind) => Statements[kind].Delete;

    /// <summary>Indexes on each type's pair (removal) and score (top pages).</summary>
    public static IReadOnlyList<CypherStatement> Schema { get; } =
    [
        .. Shapes.Values.SelectMany(shape => new CypherStatement[]
        {
            new($"schema.{shape.Type.ToLowerInvariant()}-pair",
                $"CREATE INDEX {shape.Type.ToLowerInvariant()}_pair IF NOT EXISTS FOR ()-[r:{shape.Type}]-() ON (r.pair)", Samples.Of()),
            new($"schema.{shape.Type.ToLowerInvariant()}-score",
                $"CREATE INDEX {shape.Type.ToLowerInvariant()}_score IF NOT EXISTS FOR ()-[r:{shape.Type}]-() ON (r.score)", Samples.Of()),
        }),
    ];

    public static IReadOnlyList<CypherStatement> All =>
        [.. Statements.Values.SelectMany(set => new[] { set.Clear, set.Insert, set.ForNode, set.Top, set.Count, set.Delete })];

    private const string Columns = """
        coalesce(s.id, s.key) AS source, coalesce(t.id, t.key) AS target, r.score AS score, r.reasons AS reasons, r.role AS role
        """;

    private static IReadOnlyDictionary<SuggestionKind, StatementSet> Statements => LazyStatements.Value;

    private static readonly Lazy<IReadOnlyDictionary<SuggestionKind, StatementSet>> LazyStatements = new(() =>
        Shapes.ToDictionary(pair => pair.Key, pair => For(pair.Key, pair.Value)));

    private sealed record StatementSet(
        CypherStatement Clear, CypherStatement Insert, CypherStatement ForNode, CypherStatement Top, CypherStatement Count, CypherStatement Delete);

    private static StatementSet For(SuggestionKind kind, Shape shape)
    {
        var name = $"suggestions.{shape.Type.ToLowerInvariant().Replace('_', '-')}";
        return new StatementSet(
            new($"{name}.clear", $"MATCH ()-[r:{shape.Type}]->() DELETE r", Samples.Of()),
            new($"{name}.insert",
                $$"""
                UNWIND $rows AS row
                MATCH (s:{{shape.SourceLabel}} {{{shape.SourceKey}}: row.source})
                MATCH (t:{{shape.TargetLabel}} {{{shape.TargetKey}}: row.target})
                MERGE (s)-[r:{{shape.Type}}]->(t)
                SET r.score = row.score, r.reasons = row.reasons, r.role = row.role, r.pair = row.pair
                """,
                Samples.Of(("rows", new[] { SampleRow }))),
            new($"{name}.for-node",
                $$"""
                CALL {
                  MATCH (s:{{shape.SourceLabel}} {{{shape.SourceKey}}: $node})-[r:{{shape.Type}}]->(t) RETURN s, r, t
                  UNION
                  MATCH (s)-[r:{{shape.Type}}]->(t:{{shape.TargetLabel}} {{{shape.TargetKey}}: $node}) RETURN s, r, t
                }
                RETURN {{Columns}}
                ORDER BY score DESC, source, target
                LIMIT $limit
                """,
                Samples.Of(("node", "title:deep residual learning"), ("limit", 20))),
            new($"{name}.top",
                $$"""
                MATCH (s)-[r:{{shape.Type}}]->(t)
                WHERE $prefix = '' OR {{shape.EntityEnd}} STARTS WITH $prefix
                RETURN {{Columns}}
                ORDER BY score DESC, source, target
                SKIP $offset LIMIT $limit
                """,
                Samples.Of(("prefix", "dataset:"), ("offset", 0), ("limit", 50))),
            new($"{name}.count",
                $$"""
                MATCH (s)-[r:{{shape.Type}}]->(t)
                WHERE $prefix = '' OR {{shape.EntityEnd}} STARTS WITH $prefix
                RETURN count(r) AS total
                """,
                Samples.Of(("prefix", ""))),
            new($"{name}.delete",
                $"MATCH ()-[r:{shape.Type} {{pair: $pair}}]->() DELETE r",
                Samples.Of(("pair", $"{kind}\ntitle:a\ntitle:b"))));
    }
}
