using System.Text.RegularExpressions;
using PaperGraph.Core.Model;
using PaperGraph.Web.Hosting;
using Xunit.Abstractions;

namespace PaperGraph.Web.E2ETests;

/// <summary>Every kind of page on a large corpus (100,000 papers): the circuit stays connected and a control works,
/// and what a page persists from prerendering stays bounded whatever the corpus size. Long: run with
/// <see cref="LargeCorpusFixture.DatabaseVariable"/> set (see README, "Browser tests on a large database").</summary>
[Trait("Category", "Long")]
public sealed partial class LargeCorpusPageTests(LargeCorpusFixture app, ITestOutputHelper output) : IClassFixture<LargeCorpusFixture>
{
    /// <summary>Half the hub's limit, as for the seed corpus: the first message also carries the component descriptors.</summary>
    private const int Bound = PaperGraphWebExtensions.MaximumReceiveMessageSize / 2;

    /// <summary>The datasets with the most papers are the candidates for the largest dataset page.</summary>
    private const int DatasetCandidates = 10;

    [LargeCorpusFact]
    public Task Home_page_keeps_its_circuit_and_searches() =>
        PageChecks.HomeSearchesAsTheReaderTypesAsync(app, nameof(Home_page_keeps_its_circuit_and_searches));

    [LargeCorpusFact]
    public Task Paper_page_keeps_its_circuit_and_switches_to_dark_mode() =>
        PageChecks.PaperPageSwitchesToDarkModeAsync(app, "CSPNet", nameof(Paper_page_keeps_its_circuit_and_switches_to_dark_mode));

    [LargeCorpusFact]
    public async Task Dataset_page_with_the_largest_state_keeps_its_circuit_and_shows_all_its_papers()
    {
        var (path, bytes) = await LargestDatasetPageAsync();
        output.WriteLine($"{path}: {bytes:N0} characters of persisted state, the most of the {DatasetCandidates} biggest datasets");

        await PageChecks.DatasetPageShowsAllItsPapersOnRequestAsync(app, path,
            nameof(Dataset_page_with_the_largest_state_keeps_its_circuit_and_shows_all_its_papers));
    }

    [LargeCorpusFact]
    public Task Entity_page_keeps_its_circuit_and_switches_to_dark_mode() =>
        PageChecks.EntityPageSwitchesToDarkModeAsync(app, nameof(Entity_page_keeps_its_circuit_and_switches_to_dark_mode));

    [LargeCorpusFact]
    public Task Matrix_page_keeps_its_circuit_and_lists_the_papers_of_a_chosen_cell() =>
        PageChecks.MatrixListsThePapersOfAChosenCellAsync(app, nameof(Matrix_page_keeps_its_circuit_and_lists_the_papers_of_a_chosen_cell));

    [LargeCorpusFact]
    public Task Graph_page_keeps_its_circuit_and_finds_nodes_to_add() =>
        PageChecks.GraphFindsNodesToAddAsync(app, nameof(Graph_page_keeps_its_circuit_and_finds_nodes_to_add));

    [LargeCorpusFact]
    public async Task Every_page_type_persists_a_bounded_state_and_sends_a_small_first_circuit_message()
    {
        var paper = (await app.Store.SearchAsync(new Core.Graph.Queries.SearchQuery("CSPNet", new HashSet<NodeKind> { NodeKind.Paper }))).First();
        var (dataset, _) = await LargestDatasetPageAsync();
        string[] paths = ["", Services.NodeLinks.Paper(paper.NodeId).TrimStart('/'), dataset, "entities/dataset:imagenet", "matrix", "graph",
            "graph?mode=methods-datasets"];
        var sizes = new List<(string Path, int State, int FirstMessage)>();
        foreach (var path in paths)
        {
            var state = await PersistedStateSizeAsync(path);
            await using var tab = await app.OpenPageAsync(nameof(Every_page_type_persists_a_bounded_state_and_sends_a_small_first_circuit_message));
            await tab.GotoAsync(path);
            sizes.Add((path, state, tab.StartCircuitBytes));
            output.WriteLine($"/{path}: persisted state {state:N0} characters, first circuit message {tab.StartCircuitBytes:N0} bytes");
        }

        Assert.All(sizes, size => Assert.InRange(size.State, 0, Bound));
        Assert.All(sizes, size => Assert.InRange(size.FirstMessage, 1, PaperGraphWebExtensions.MaximumReceiveMessageSize));
    }

    private async Task<(string Path, int Bytes)> LargestDatasetPageAsync()
    {
        var datasets = await app.Store.GetTopEntitiesAsync(EntityType.Dataset, DatasetCandidates);
        var sizes = new List<(string Path, int Bytes)>();
        foreach (var dataset in datasets)
        {
            var path = Services.NodeLinks.Entity(dataset.Entity).TrimStart('/');
            sizes.Add((path, await PersistedStateSizeAsync(path)));
        }
        return sizes.MaxBy(size => size.Bytes);
    }

    private async Task<int> PersistedStateSizeAsync(string path)
    {
        using var client = app.CreateClient();
        var state = PersistedState().Match(await client.GetStringAsync(path));
        return state.Success ? state.Groups[1].Length : 0;
    }

    [GeneratedRegex("<!--Blazor-Server-Component-State:([^>]*?)-->")]
    private static partial Regex PersistedState();
}
