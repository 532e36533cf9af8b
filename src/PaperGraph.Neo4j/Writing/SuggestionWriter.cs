using PaperGraph.Core.Suggestions;
using PaperGraph.Neo4j.Cypher;
using PaperGraph.Neo4j.Http;

namespace PaperGraph.Neo4j.Writing;

/// <summary>Replaces a kind's suggestions in one explicit transaction (clear, then the rows in chunks) and removes a
/// decided one; both bump the store version.</summary>
internal sealed class SuggestionWriter(QueryApiClient client, int batchSize)
{
    /// <summary>What a removal and a stored suggestion are matched by: the kind and both ends in ordinal order.</summary>
    public static string PairKey(SuggestionKind kind, string sourceId, string targetId)
    {
        var pair = SuggestionPair.Of(sourceId, targetId);
        return $"{kind}\n{pair.Low}\n{pair.High}";
    }

    public static IEnumerable<Dictionary<string, object?>> Rows(SuggestionKind kind, IEnumerable<Suggestion> suggestions) =>
        suggestions.Where(suggestion => suggestion.Kind == kind).Select(suggestion => ParameterRow.Of(
            ("source", suggestion.SourceId), ("target", suggestion.TargetId), ("score", suggestion.Score),
            ("reasons", suggestion.Reasons.ToArray()), ("role", suggestion.Role?.ToString()),
            ("pair", PairKey(kind, suggestion.SourceId, suggestion.TargetId))));

    public Task ReplaceAsync(SuggestionKind kind, IReadOnlyList<Suggestion> suggestions, CancellationToken cancellationToken) =>
        client.InTransactionAsync(async (transaction, token) =>
        {
            await transaction.RunAsync(SuggestionStatements.Clear(kind).With(), token);
            foreach (var chunk in Rows(kind, suggestions).Chunk(batchSize))
            {
                await transaction.RunAsync(SuggestionStatements.Insert(kind).With(("rows", chunk)), token);
            }
            await transaction.RunAsync(StoreStateStatements.BumpVersion.With(), token);
            return true;
        }, cancellationToken);

    public Task RemoveAsync(SuggestionKind kind, string sourceId, string targetId, CancellationToken cancellationToken) =>
        client.InTransactionAsync(async (transaction, token) =>
        {
            await transaction.RunAsync(SuggestionStatements.Delete(kind).With(("pair", PairKey(kind, sourceId, targetId))), token);
            await transaction.RunAsync(StoreStateStatements.BumpVersion.With(), token);
            return true;
        }, cancellationToken);
}
