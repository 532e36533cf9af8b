using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using PaperGraph.Neo4j.Cypher;
using Polly;

namespace PaperGraph.Neo4j.Http;

/// <summary>Speaks Neo4j's HTTP Query API (<c>/db/{db}/query/v2</c>): one statement per request, in an implicit
/// transaction or in an explicit one (<see cref="QueryApiTransaction"/>). Signs every request in, maps error
/// answers to exceptions and retries transient failures.</summary>
internal sealed class QueryApiClient : IDisposable
{
    /// <summary>Sent back by a cluster on opening a transaction; echoing it routes later calls to the same member.</summary>
    public const string AffinityHeader = "neo4j-cluster-affinity";

    private static readonly MediaTypeWithQualityHeaderValue Json = new("application/json");

    private readonly HttpClient _http;
    private readonly Uri _queryUri;
    private readonly AuthenticationHeaderValue? _authorization;
    private readonly ResiliencePipeline _retry;

    public QueryApiClient(Neo4jStoreOptions options, HttpMessageHandler handler)
    {
        ArgumentNullException.ThrowIfNull(options);
        var server = options.Uri;
        if (!Neo4jStoreOptions.IsServerAddress(server))
        {
            throw new ArgumentException("Neo4j needs an absolute HTTP(S) server address (Uri), e.g. http://localhost:7474.", nameof(options));
        }
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Database);
        var root = server.AbsoluteUri.EndsWith('/') ? server : new Uri(server.AbsoluteUri + "/");
        _queryUri = new Uri(root, $"db/{Uri.EscapeDataString(options.Database)}/query/v2");
        _authorization = Authorization(options);
        _retry = QueryApiRetryPipeline.Create(options);
        _http = new HttpClient(handler, disposeHandler: true);
    }

    /// <summary>Runs one statement in its own implicit transaction, retrying transient failures.</summary>
    public async Task<QueryResponse> RunAsync(CypherRequest request, CancellationToken cancellationToken) =>
        await _retry.ExecuteAsync(
            async token => (await SendAsync(HttpMethod.Post, _queryUri, request, affinity: null, token)).Response, cancellationToken);

    /// <summary>Runs <paramref name="work"/> in one explicit transaction: committed when it returns, rolled back when
    /// it throws. A transient failure anywhere runs the whole unit again in a new transaction, so the work must be
    /// safe to repeat (the store's writes are MERGEs and replacements).</summary>
    public async Task<T> InTransactionAsync<T>(Func<QueryApiTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        await _retry.ExecuteAsync(async token =>
        {
            await using var transaction = await BeginAsync(token);
            var result = await work(transaction, token);
            await transaction.CommitAsync(token);
            return result;
        }, cancellationToken);

    public async Task<QueryApiTransaction> BeginAsync(CancellationToken cancellationToken)
    {
        var (response, affinity) = await SendAsync(HttpMethod.Post, new Uri(_queryUri.AbsoluteUri + "/tx"), request: null, affinity: null, cancellationToken);
        var id = response.TransactionId
                 ?? throw new Neo4jQueryException("PaperGraph.Protocol", "The server opened a transaction without naming it (no transaction.id).");
        return new QueryApiTransaction(this, new Uri($"{_queryUri.AbsoluteUri}/tx/{Uri.EscapeDataString(id)}"), id, affinity);
    }

    public void Dispose() => _http.Dispose();

    /// <summary>Sends one request; returns the parsed answer and the affinity header, or throws the mapped error.</summary>
    internal async Task<(QueryResponse Response, string? Affinity)> SendAsync(
        HttpMethod method, Uri uri, CypherRequest? request, string? affinity, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(method, uri);
        message.Headers.Accept.Add(Json);
        message.Headers.Authorization = _authorization;
        if (affinity is not null)
        {
            message.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        }
        if (request is not null)
        {
            message.Content = new StringContent(Body(request), Encoding.UTF8, "application/json");
        }
        using var answer = await _http.SendAsync(message, cancellationToken);
        var text = await answer.Content.ReadAsStringAsync(cancellationToken);
        var body = Parse(text);
        if (Neo4jErrors.From(answer.StatusCode, body) is { } error)
        {
            throw error;
        }
        var returnedAffinity = answer.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
        return (body is { } root ? QueryResponse.Parse(root) : QueryResponse.Empty, returnedAffinity ?? affinity);
    }

    internal static string Body(CypherRequest request) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["statement"] = request.Statement.Text,
        ["parameters"] = request.Parameters,
        ["includeCounters"] = true,
    });

    /// <summary>The JSON body, or null when there is none or a proxy answered with something else (HTML).</summary>
    private static JsonElement? Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static AuthenticationHeaderValue? Authorization(Neo4jStoreOptions options)
    {
        if (!string.IsNullOrEmpty(options.BearerToken))
        {
            return new AuthenticationHeaderValue("Bearer", options.BearerToken);
        }
        if (options.User is null)
        {
            return null;
        }
        var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}"));
        return new AuthenticationHeaderValue("Basic", credentials);
    }
}
