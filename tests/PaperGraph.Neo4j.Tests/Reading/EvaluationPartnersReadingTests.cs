using PaperGraph.Neo4j.Cypher;
using PaperGraph.Neo4j.Tests.Fakes;

namespace PaperGraph.Neo4j.Tests.Reading;

public sealed class EvaluationPartnersReadingTests
{
    [Fact]
    public async Task Methods_on_a_dataset_send_its_key_and_limit_then_ask_for_the_results_of_the_methods_found()
    {
        var server = CannedGraphAnswers.Server();
        using var store = new Neo4jGraphStore(FakeQueryApi.Options(), server);

        var methods = await store.GetEvaluationPartnersAsync("dataset:imagenet", limit: 7);

        var partners = server.Statements.Single(request => request.Statement == EvaluationPartnerStatements.MethodsOn.Text);
        Assert.Equal(("dataset:imagenet", 7), (partners.Parameters!.Value.GetProperty("key").GetString(), partners.Parameters.Value.GetProperty("limit").GetInt32()));
        var metrics = server.Statements.Single(request => request.Statement == EvaluationPartnerStatements.MethodMetricsOn.Text);
        Assert.Equal(["method:resnet"], metrics.Parameters!.Value.GetProperty("partners").EnumerateArray().Select(key => key.GetString()));
        var resnet = Assert.Single(methods);
        Assert.Equal(("method:resnet", 2), (resnet.Entity.Key, resnet.Papers));
        Assert.Equal(("top-1 error", 20.5, null, "20.50% top-1 error"), (resnet.BestResult!.Metric, resnet.BestResult.Value, resnet.BestResult.Setting, resnet.BestResult.Text));
    }

    [Fact]
    public async Task Datasets_of_a_method_use_the_other_direction()
    {
        var server = CannedGraphAnswers.Server();
        using var store = new Neo4jGraphStore(FakeQueryApi.Options(), server);

        var datasets = await store.GetEvaluationPartnersAsync("method:resnet");

        Assert.Equal("dataset:imagenet", Assert.Single(datasets).Entity.Key);
        Assert.Contains(server.Statements, request => request.Statement == EvaluationPartnerStatements.DatasetMetricsOf.Text);
        Assert.DoesNotContain(server.Statements, request => request.Statement == EvaluationPartnerStatements.MethodsOn.Text);
    }
}
