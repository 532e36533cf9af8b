using System.Text.Json;

namespace PaperGraph.Neo4j.Tests.Fakes;

/// <summary>A Query API server in memory: records every request and answers from a queue of scripted answers,
/// then from <see cref="Otherwise"/> (an empty result, or a new transaction for <c>POST .../tx</c>).</summary>
public sealed class FakeQueryApi : HttpMessageHandler
{
    private readonly Queue<Func<RecordedRequest, HttpResponseMessage>> _scripted = new();

    public List<RecordedRequest> Requests { get; } = [];

    public Func<RecordedRequest, HttpResponseMessage> Otherwise { get; set; } = request =>
        request.Path.EndsWith("/tx", StringComparison.Ordinal) ? QueryApiAnswers.TransactionOpened("tx-1", "member-2") : QueryApiAnswers.Empty();

    public IEnumerable<RecordedRequest> Statements => Requests.Where(request => request.Statement is not null);

    public FakeQueryApi Then(Func<RecordedRequest, HttpResponseMessage> answer)
    {
        _scripted.Enqueue(answer);
        return this;
    }

    public FakeQueryApi Then(HttpResponseMessage answer) => Then(_ => answer);

    public FakeQueryApi ThenFailToConnect() => Then(_ => throw new HttpRequestException("Connection refused"));

    public static Neo4jStoreOptions Options() => new()
    {
        Uri = new Uri("http://neo4j.test:7474"),
        User = "neo4j",
        Password = "secret",
        RetryDelay = TimeSpan.Zero,
    };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        string? statement = null;
        JsonElement? parameters = null;
        var includesCounters = false;
        if (request.Content is not null)
        {
            using var body = JsonDocument.Parse(await request.Content.ReadAsStringAsync(cancellationToken));
            statement = body.RootElement.GetProperty("statement").GetString();
            parameters = body.RootElement.GetProperty("parameters").Clone();
            includesCounters = body.RootElement.TryGetProperty("includeCounters", out var counters) && counters.GetBoolean();
        }
        var recorded = new RecordedRequest(
            request.Method,
            request.RequestUri!.AbsolutePath,
            request.Headers.Authorization?.ToString(),
            request.Headers.TryGetValues("neo4j-cluster-affinity", out var values) ? values.Single() : null,
            statement,
            parameters) { IncludesCounters = includesCounters };
        Requests.Add(recorded);
        return _scripted.TryDequeue(out var answer) ? answer(recorded) : Otherwise(recorded);
    }
}
