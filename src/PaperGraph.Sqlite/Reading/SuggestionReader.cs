using System.Text.Json;
using Microsoft.Data.Sqlite;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;
using PaperGraph.Core.Suggestions;

namespace PaperGraph.Sqlite.Reading;

/// <summary>Reads stored suggestions: those of one node, and pages of the best of a kind.</summary>
internal static class SuggestionReader
{
    private const string Columns = "kind, source_id, target_id, score, reasons, role";

    public static Task<List<Suggestion>> ForNodeAsync(
        SqliteConnection connection, string nodeId, SuggestionKind kind, int limit, CancellationToken cancellationToken) =>
        connection.Command(
                // Without statistics SQLite sorted each side by walking the whole score index of the kind: 4 to 8 s
                // per paper page with a million similar-paper rows. Materialized, with the target side's index named,
                // it reads just the node's rows by key (5 ms).
                $"""
                WITH mine AS MATERIALIZED (
                    SELECT {Columns} FROM suggestions WHERE kind = $kind AND source_id = $node
                    UNION ALL
                    SELECT {Columns} FROM suggestions INDEXED BY ix_suggestions_target WHERE kind = $kind AND target_id = $node)
                SELECT {Columns} FROM mine
                ORDER BY score DESC, source_id, target_id LIMIT $limit
                """,
                ("$kind", kind.ToString()), ("$node", nodeId), ("$limit", Math.Clamp(limit, 0, ISuggestionStore.MaxPageSize)))
            .ListAsync(Read, cancellationToken);

    public static async Task<SuggestionPage> TopAsync(SqliteConnection connection, SuggestionQuery query, CancellationToken cancellationToken)
    {
        // The entity end of a missing link is its target; of a merge or variant candidate, its source.
        var filter = query.EntityType is null ? ""
            : query.Kind == SuggestionKind.MissingLink ? "AND substr(target_id, 1, length($prefix)) = $prefix"
            : "AND substr(source_id, 1, length($prefix)) = $prefix";
        var prefix = query.EntityType is { } type ? EntityKey.For(type, "") : "";
        var kind = query.Kind.ToString();
        var items = await connection.Command(
                $"SELECT {Columns} FROM suggestions WHERE kind = $kind {filter} ORDER BY score DESC, source_id, target_id LIMIT $limit OFFSET $offset",
                ("$kind", kind), ("$prefix", prefix),
                ("$limit", Math.Clamp(query.Limit, 0, ISuggestionStore.MaxPageSize)), ("$offset", Math.Max(0, query.Offset)))
            .ListAsync(Read, cancellationToken);
        var total = await connection.Command($"SELECT count(*) FROM suggestions WHERE kind = $kind {filter}", ("$kind", kind), ("$prefix", prefix))
            .LongAsync(cancellationToken);
        return new SuggestionPage(items, (int)total);
    }

    private static Suggestion Read(SqliteDataReader reader) => new(
        Enum.Parse<SuggestionKind>(reader.GetString(0)),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetDouble(3),
        JsonSerializer.Deserialize<string[]>(reader.GetString(4)) ?? [],
        reader.GetNullableString(5) is { } role ? Enum.Parse<RelationType>(role) : null);
}
