using PaperGraph.Tests.Shared;
using System.Net.Http.Json;
using System.Text.Json;
using PaperGraph.Core.Graph.Queries;

namespace PaperGraph.Web.Tests.Api;

/// <summary>The <c>papergraph</c> CLI, run as its own process on the app's database, gives the answers the API
/// gives: both go through the one query layer in Core.</summary>
[Collection(SeededAppCollection.Name)]
public sealed class CliAgreementTests(SeededApp app)
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task Reports_on_ImageNet_lists_the_same_papers_in_the_same_order()
    {
        var api = await _client.GetFromJsonAsync<ReportsOnPage>("/api/reports-on/ImageNet?limit=500", SeededApp.Json);
        var cli = await RunCliAsync<ReportsOnPage>("query", "reports-on", "ImageNet", "--limit", "500");

        Assert.Equal((api!.TotalPapers, api.PapersWithResults), (cli.TotalPapers, cli.PapersWithResults));
        Assert.Equal(api.Papers.Select(p => (p.Paper.Id, p.Results.Count)), cli.Papers.Select(p => (p.Paper.Id, p.Results.Count)));
    }

    [Fact]
    public async Task Entity_lookup_by_an_alias_finds_the_same_entity_and_papers()
    {
        var api = await _client.GetFromJsonAsync<EntityDetails>("/api/entities/ILSVRC", SeededApp.Json);
        var cli = await RunCliAsync<EntityDetails>("query", "entity", "ILSVRC", "--limit", "100");

        Assert.Equal("dataset:imagenet", api!.Entity.Key);
        Assert.Equal(api.Entity.Key, cli.Entity.Key);
        Assert.Equal(api.TotalPapers, cli.TotalPapers);
        Assert.Equal(api.Papers.Select(p => (p.Paper.Id, p.Role)), cli.Papers.Select(p => (p.Paper.Id, p.Role)));
    }

    [Fact]
    public async Task Search_puts_the_exact_name_first_in_both()
    {
        var api = await _client.GetFromJsonAsync<List<SearchHit>>("/api/search?q=CIFAR10&prefix=false", SeededApp.Json);
        var cli = await RunCliAsync<List<SearchHit>>("query", "search", "CIFAR10");

        Assert.Equal("dataset:cifar10", api![0].NodeId);
        Assert.Equal(api.Select(hit => hit.NodeId), cli.Select(hit => hit.NodeId));
    }

    private async Task<T> RunCliAsync<T>(params string[] args)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "papergraph.dll");
        using var process = DotnetProcess.Start(cli, new[] { "--db", app.DatabasePath }.Concat(args).Append("--json"));
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        Assert.True(process.ExitCode == 0, $"papergraph {string.Join(' ', args)} exited {process.ExitCode}: {await stderr}");
        return JsonSerializer.Deserialize<T>(await stdout, SeededApp.Json)!;
    }
}
