using PaperGraph.Neo4j.Cypher;

namespace PaperGraph.Neo4j.Http;

/// <summary>An open explicit transaction (<c>/query/v2/tx/{id}</c>). Every call echoes the cluster affinity the
/// server gave when it was opened. Disposing it before <see cref="CommitAsync"/> rolls it back.</summary>
internal sealed class QueryApiTransaction : IAsyncDisposable
{
    private readonly QueryApiClient _client;
    private readonly Uri _uri;
    private bool _finished;

    public QueryApiTransaction(QueryApiClient client, Uri uri, string id, string? affinity)
    {
        _client = client;
        _uri = uri;
        Id = id;
        Affinity = affinity;
    }

    public string Id { get; }

    public string? Affinity { get; }

    public async Task<QueryResponse> RunAsync(CypherRequest request, CancellationToken cancellationToken) =>
        (await _client.SendAsync(HttpMethod.Post, _uri, request, Affinity, cancellationToken)).Response;

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        _finished = true;
        await _client.SendAsync(HttpMethod.Post, new Uri(_uri.AbsoluteUri + "/commit"), request: null, Affinity, cancellationToken);
    }

    public async Task RollbackAsync(CancellationToken cancellationToken)
    {
        _finished = true;
        await _client.SendAsync(HttpMethod.Delete, _uri, request: null, Affinity, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_finished)
        {
            return;
        }
        try
        {
            // Not cancellable: the work was cancelled or failed, and the server must still let go of the transaction.
            await RollbackAsync(CancellationToken.None);
        }
        catch (Exception exception) when (exception is Neo4jQueryException or HttpRequestException)
        {
            // The original failure matters more; the server also rolls back an idle transaction when it times out.
        }
    }
}
