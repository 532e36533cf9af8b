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

    public static async Task ReplaceAsync(
        SqliteConnection connection, SqliteTransaction transaction, SuggestionKind kind, IReadOnlyList<Suggestion> suggestions,
        CancellationToken cancellationToken)
    {
        var kindName = kind.ToString();
        await connection.Command("DELETE FROM suggestions WHERE kind = $kind", ("$kind", kindName)).In(transaction).ExecuteAsync(cancellationToken);
        using var insert = new PreparedCommand(connection, transaction, Insert, "$kind", "$source", "$target", "$score", "$reasons", "$role");
        foreach (var suggestion in suggestions.Where(suggestion => suggestion.Kind == kind))
        {
            cancellationToken.ThrowIfCancellationRequested();
            insert.Execute(kindName, suggestion.SourceId, suggestion.TargetId, suggestion.Score,
                JsonSerializer.Serialize(suggestion.Reasons), suggestion.Role?.ToString());
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
