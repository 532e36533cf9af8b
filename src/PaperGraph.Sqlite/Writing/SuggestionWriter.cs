using System.Text.Json;
using Microsoft.Data.Sqlite;
using PaperGraph.Core.Suggestions;

namespace PaperGraph.Sqlite.Writing;

/// <summary>Replaces the suggestions of a kind and removes a decided one. Ends the store does not hold are filtered in
/// the insert itself; rejections are curation rules, applied by whoever computes the suggestions.</summary>
internal static class SuggestionWriter
{
    private const string Insert = """
        INSERT OR REPLACE INTO suggestions (kind, source_id, target_id, score, reasons, role)
        SELECT $kind, $source, $target, $score, $reasons, $role
        WHERE (EXISTS (SELECT 1 FROM papers WHERE id = $source) OR EXISTS (SELECT 1 FROM entities WHERE key = $source))
          AND (EXISTS (SELECT 1 FROM papers WHERE id = $target) OR EXISTS (SELECT 1 FROM entities WHERE key = $target))
        """;

    /// <summary>Above this many rows the table's secondary indexes are dropped and built again from the stored rows:
    /// a million random-order inserts into two B-trees larger than the page cache cost far more than one sort each.</summary>
    public const int BulkRows = 20_000;

    public static async Task ReplaceAsync(
        SqliteConnection connection, SqliteTransaction transaction, SuggestionKind kind, IReadOnlyList<Suggestion> suggestions,
        CancellationToken cancellationToken)
    {
        var kindName = kind.ToString();
        var rows = suggestions.Where(suggestion => suggestion.Kind == kind)
            .OrderBy(suggestion => suggestion.SourceId, StringComparer.Ordinal).ThenBy(suggestion => suggestion.TargetId, StringComparer.Ordinal)
            .ToList();
        // The indexes' own definitions are kept from the schema, so a later migration that changes them still holds.
        var indexes = rows.Count >= BulkRows
            ? await connection.Command("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'suggestions' AND sql IS NOT NULL")
                .In(transaction).ListAsync(reader => (Name: reader.GetString(0), Sql: reader.GetString(1)), cancellationToken)
            : [];
        foreach (var (name, _) in indexes)
        {
            await connection.Command($"DROP INDEX \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"").In(transaction).ExecuteAsync(cancellationToken);
        }
        await connection.Command("DELETE FROM suggestions WHERE kind = $kind", ("$kind", kindName)).In(transaction).ExecuteAsync(cancellationToken);
        // Rows arrive in primary-key order, so the table itself grows at its end instead of splitting pages everywhere.
        using (var insert = new PreparedCommand(connection, transaction, Insert, "$kind", "$source", "$target", "$score", "$reasons", "$role"))
        {
            foreach (var suggestion in rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                insert.Execute(kindName, suggestion.SourceId, suggestion.TargetId, suggestion.Score,
                    JsonSerializer.Serialize(suggestion.Reasons), suggestion.Role?.ToString());
            }
        }
        foreach (var (_, sql) in indexes)
        {
            await connection.Command(sql).In(transaction).ExecuteAsync(cancellationToken);
        }
    }

    public static async Task RemoveAsync(
        SqliteConnection connection, SqliteTransaction transaction, SuggestionKind kind, string sourceId, string targetId,
        CancellationToken cancellationToken)
    {
        var pair = SuggestionPair.Of(sourceId, targetId);
        var kindName = kind.ToString();
        await connection.Command(
                "DELETE FROM suggestions WHERE kind = $kind AND ((source_id = $low AND target_id = $high) OR (source_id = $high AND target_id = $low))",
                ("$kind", kindName), ("$low", pair.Low), ("$high", pair.High))
            .In(transaction).ExecuteAsync(cancellationToken);
    }
}
