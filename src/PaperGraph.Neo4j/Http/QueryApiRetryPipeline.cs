using Polly;
using Polly.Retry;

namespace PaperGraph.Neo4j.Http;

/// <summary>Retries transient failures with exponential backoff: <c>Neo.TransientError.*</c>, HTTP 502/503/504 and
/// connection failures. Client errors (bad Cypher, constraint violations, refused credentials) are never retried:
/// sending them again cannot succeed.</summary>
internal static class QueryApiRetryPipeline
{
    public static ResiliencePipeline Create(Neo4jStoreOptions options) =>
        options.MaxRetries <= 0
            ? ResiliencePipeline.Empty
            : new ResiliencePipelineBuilder()
                .AddRetry(new RetryStrategyOptions
                {
                    ShouldHandle = new PredicateBuilder().Handle<Neo4jTransientException>().Handle<HttpRequestException>(),
                    MaxRetryAttempts = options.MaxRetries,
                    Delay = options.RetryDelay,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                })
                .Build();
}
