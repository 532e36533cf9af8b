using System.Text.Json;
using Microsoft.Data.Sqlite;
using PaperGraph.Core.Suggestions;

namespace PaperGraph.Sqlite.Writing;

/// <summary>Replaces the suggestions of a kind and records rejections. Ends the store does not hold and rejected pairs
/// are filtered in the insert itself, so the rules live in one statement.</summary>
internal static class SuggestionWriter
{
    private const string Insert = """
        INSERT OR REPLACE INTO suggestions (kind, source_id, target_id, score, reasons, role)
        SELECT $kind, $source, $target, $score, $reasons, $role
        WHERE (EXISTS (SELECT 1 FROM papers WHERE id = $source) OR EXISTS (SELECT 1 FROM entities WHERE key = $source))
          AND (EXISTS (SELECT 1 FROM papers WHERE id = $target) OR EXISTS (SELECT 1 FROM entities WHERE key = $target))
          AND NOT EXISTS (SELECT 1 FROM suggestion_rejections WHERE kind = $kind AND low_id = $low AND high_id = $high)
        """;

    public static async Task ReplaceAsync(
        SqliteConnection connection, SqliteTransaction transaction, SuggestionKind kind, IReadOnlyList<Suggestion> suggestions,
        CancellationToken cancellationToken)
    {
        var kindName = kind.ToString();
        await connection.Command("DELETE FROM suggestions WHERE kind = $kind", ("$kind", kindName)).In(transaction).ExecuteAsync(cancellationToken);
        using var insert = new PreparedCommand(connection, transaction, Insert, "$kind", "$source", "$target", "$score", "$reasons", "$role", "$low", "$high");
        foreach (var suggestion in suggestions.Where(suggestion => suggestion.Kind == kind))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var pair = SuggestionPair.Of(suggestion.SourceId, suggestion.TargetId);
            insert.Execute(kindName, suggestion.SourceId, suggestion.TargetId, suggestion.Score,
                JsonSerializer.Serialize(suggestion.Reasons), suggestion.Role?.ToString(), pair.Low, pair.High);
        }
    }

    public static async Task RejectAsync(
        SqliteConnection connection, SqliteTransaction transaction, SuggestionKind kind, string sourceId, string targetId,
        CancellationToken cancellationToken)
    {
        var pair = SuggestionPair.Of(sourceId, targetId);
        var kindName = kind.ToString();
        await connection.Command("INSERT OR IGNORE INTO suggestion_rejections (kind, low_id, high_id) VALUES ($kind, $low, $high)",
                ("$kind", kindName), ("$low", pair.Low), ("$high", pair.High))
            .In(transaction).ExecuteAsync(cancellationToken);
        await connection.Command(
                "DELETE FROM suggestions WHERE kind = $kind AND ((source_id = $low AND target_id = $high) OR (source_id = $high AND target_id = $low))",
                ("$kind", kindName), ("$low", pair.Low), ("$high", pair.High))
            .In(transaction).ExecuteAsync(cancellationToken);
    }
}
