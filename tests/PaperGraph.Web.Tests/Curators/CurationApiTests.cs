using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PaperGraph.Core.Curation;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Web.Api;
using PaperGraph.Web.Curators;
using Microsoft.Extensions.DependencyInjection;
using PaperGraph.Web.Tests.Api;

namespace PaperGraph.Web.Tests.Curators;

[Collection(SeededAppCollection.Name)]
public sealed class CurationApiTests(SeededApp app) : IAsyncLifetime
{
    private const string From = "dataset:cifar10";
    private const string Into = "dataset:cifar100";

    private readonly CuratorBrowser _browser = new(app);

    public Task InitializeAsync() => CuratorBrowser.EnsureCuratorAsync(app, "ada");

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<int> LogTotalAsync() =>
        (await _browser.Client.GetFromJsonAsync<CurationLogPage>("/api/curation/log", SeededApp.Json))!.Total;

    private async Task<bool> ExistsAsync(string key) =>
        (await _browser.Client.GetAsync("/api/entities/" + key)).StatusCode == HttpStatusCode.OK;

    private Task<HttpResponseMessage> PostAsync(string path, object body, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body, options: SeededApp.Json) };
        if (token is not null)
        {
            request.Headers.Add(AntiforgeryRequired.HeaderName, token);
        }
        return _browser.Client.SendAsync(request);
    }

    private async Task AssertNothingChangedAsync(int logTotal)
    {
        Assert.Equal(logTotal, await LogTotalAsync());
        Assert.True(await ExistsAsync(From), $"{From} is gone");
    }

    [Fact]
    public async Task An_anonymous_merge_is_401_and_changes_nothing()
    {
        var before = await LogTotalAsync();

        var response = await PostAsync("/api/curation/merge", new MergeBody(From, Into), token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNothingChangedAsync(before);
    }

    [Fact]
    public async Task An_anonymous_undo_with_a_token_is_401_and_changes_nothing()
    {
        var before = await LogTotalAsync();

        var response = await PostAsync("/api/curation/undo", new UndoBody(), await _browser.ApiTokenAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(before, await LogTotalAsync());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("forged")]
    public async Task A_curators_merge_without_a_valid_antiforgery_token_is_400_and_changes_nothing(string? token)
    {
        await _browser.SignInAsync("ada");
        var before = await LogTotalAsync();

        var response = await PostAsync("/api/curation/merge", new MergeBody(From, Into), token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertNothingChangedAsync(before);
    }

    [Fact]
    public async Task A_token_issued_before_sign_in_is_refused_after_it()
    {
        var anonymousToken = await _browser.ApiTokenAsync();
        await _browser.SignInAsync("ada");
        var before = await LogTotalAsync();

        var response = await PostAsync("/api/curation/merge", new MergeBody(From, Into), anonymousToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertNothingChangedAsync(before);
    }

    [Fact]
    public async Task A_curator_merges_two_entities_the_log_names_them_and_undo_brings_both_back()
    {
        await _browser.SignInAsync("ada");
        var token = await _browser.ApiTokenAsync();

        var merged = await PostAsync("/api/curation/merge", new MergeBody(From, Into), token);

        Assert.True(merged.IsSuccessStatusCode, await merged.Content.ReadAsStringAsync());
        var outcome = await merged.Content.ReadFromJsonAsync<CurationOutcome>(SeededApp.Json);
        Assert.Equal("ada", outcome!.Entry.Curator);
        Assert.False(await ExistsAsync(From));
        var into = await _browser.Client.GetFromJsonAsync<EntityDetails>("/api/entities/" + Into, SeededApp.Json);
        Assert.Contains("CIFAR-10", into!.Aliases);

        var undone = await PostAsync("/api/curation/undo", new UndoBody(outcome.Entry.Id), token);

        Assert.Equal(HttpStatusCode.OK, undone.StatusCode);
        Assert.True(await ExistsAsync(From));
        var log = await _browser.Client.GetFromJsonAsync<CurationLogPage>("/api/curation/log", SeededApp.Json);
        Assert.Equal("ada", log!.Entries.Single(e => e.Id == outcome.Entry.Id).Undone?.Curator);
    }

    [Fact]
    public async Task A_decision_on_a_version_that_changed_meanwhile_is_409_with_the_current_state_and_changes_nothing()
    {
        await _browser.SignInAsync("ada");
        var token = await _browser.ApiTokenAsync();
        var before = await LogTotalAsync();
        var stale = new Dictionary<string, long> { [From] = 999_999 };

        var response = await PostAsync("/api/curation/merge", new MergeBody(From, Into, stale), token);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("currentVersions").TryGetProperty(From, out _));
        await AssertNothingChangedAsync(before);
    }

    [Fact]
    public async Task An_unknown_entity_is_400_naming_it()
    {
        await _browser.SignInAsync("ada");

        var response = await PostAsync("/api/curation/merge", new MergeBody("NoSuchDatasetAnywhere", Into), await _browser.ApiTokenAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("NoSuchDatasetAnywhere", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_removed_curators_cookie_stops_working()
    {
        await CuratorBrowser.EnsureCuratorAsync(app, "grace");
        await _browser.SignInAsync("grace");
        var token = await _browser.ApiTokenAsync();
        await app.Services.GetRequiredService<Core.Curators.CuratorAccountsFile>().RemoveAsync("grace");

        var response = await PostAsync("/api/curation/undo", new UndoBody(), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
