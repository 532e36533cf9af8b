using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PaperGraph.Web.E2ETests;

/// <summary>Each kind of page, opened directly (prerendered, then made interactive), keeps its circuit and
/// reacts to a control. A page whose first circuit message is too large loses its circuit right after load.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CircuitTests(AppFixture app)
{
    [BrowserFact]
    public Task Home_page_keeps_its_circuit_and_searches_as_the_reader_types() =>
        PageChecks.HomeSearchesAsTheReaderTypesAsync(app, nameof(Home_page_keeps_its_circuit_and_searches_as_the_reader_types));

    [BrowserFact]
    public Task Paper_page_keeps_its_circuit_and_switches_to_dark_mode() =>
        PageChecks.PaperPageSwitchesToDarkModeAsync(app, "CSPNet", nameof(Paper_page_keeps_its_circuit_and_switches_to_dark_mode));

    [BrowserFact]
    public Task ImageNet_dataset_page_keeps_its_circuit_and_shows_all_its_papers_on_request() =>
        PageChecks.DatasetPageShowsAllItsPapersOnRequestAsync(app, "datasets/ImageNet",
            nameof(ImageNet_dataset_page_keeps_its_circuit_and_shows_all_its_papers_on_request));

    [BrowserFact]
    public Task Entity_page_keeps_its_circuit_and_switches_to_dark_mode() =>
        PageChecks.EntityPageSwitchesToDarkModeAsync(app, nameof(Entity_page_keeps_its_circuit_and_switches_to_dark_mode));

    [BrowserFact]
    public Task Matrix_page_keeps_its_circuit_and_lists_the_papers_of_a_chosen_cell() =>
        PageChecks.MatrixListsThePapersOfAChosenCellAsync(app, nameof(Matrix_page_keeps_its_circuit_and_lists_the_papers_of_a_chosen_cell));

    [BrowserFact]
    public Task Graph_page_keeps_its_circuit_and_finds_nodes_to_add() =>
        PageChecks.GraphFindsNodesToAddAsync(app, nameof(Graph_page_keeps_its_circuit_and_finds_nodes_to_add));

    [BrowserFact]
    public async Task A_circuit_closed_while_the_page_loads_shows_the_dialog_saying_to_reload()
    {
        await using var tab = await app.OpenPageAsync();
        // Stands in for the hub refusing the circuit's first message: the connection is closed with an error
        // as soon as the browser sends its first binary (blazorpack) message, StartCircuit.
        await tab.Page.RouteWebSocketAsync(new Regex("/_blazor"), socket =>
        {
            var server = socket.ConnectToServer();
            socket.OnMessage(message =>
            {
                if (message.Text is { } handshake)
                {
                    server.Send(handshake);
                }
                else
                {
                    _ = socket.CloseAsync(new() { Code = 1011, Reason = "Connection closed with an error." });
                }
            });
        });

        await tab.Page.GotoAsync("datasets/ImageNet");

        var dialog = tab.Page.Locator("#components-reconnect-modal");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await Assertions.Expect(dialog.GetByTestId("circuit-start-failed")).ToContainTextAsync("Reload the page");
        await Assertions.Expect(dialog.GetByRole(AriaRole.Button, new() { Name = "Reload" })).ToBeVisibleAsync();
    }
}
