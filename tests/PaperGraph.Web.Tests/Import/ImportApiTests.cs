using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using PaperGraph.Core.Import;
using PaperGraph.Web.Curators;
using PaperGraph.Web.Tests.Api;
using PaperGraph.Web.Tests.Curators;

namespace PaperGraph.Web.Tests.Import;

/// <summary><c>POST /api/import</c> on the real app and a real SQLite file: who may import, the upload limit, and
/// a bad record among good ones.</summary>
[Collection(UploadAppCollection.Name)]
public sealed class ImportApiTests(UploadApp app) : IAsyncLifetime
{
    private readonly CuratorBrowser _browser = new(app);

    public Task InitializeAsync() => CuratorBrowser.EnsureCuratorAsync(app, "ada");

    public Task DisposeAsync() => Task.CompletedTask;

    private static string JsonLine(string id, string title, string padding = "") =>
        $$"""{"id": "{{id}}", "title": "{{title}}", "abstract": "We train {{title}} on ImageNet and report top-1 accuracy.{{padding}}"}""";

    /// <summary>JSON Lines of papers with long abstracts, at least <paramref name="size"/> bytes in all.</summary>
    private static byte[] PapersOfSize(string prefix, long size)
    {
        var padding = string.Concat(Enumerable.Repeat(" The residual network generalises to the validation set.", 160));
        var lines = new StringBuilder();
        for (var i = 0; lines.Length < size; i++)
        {
            lines.AppendLine(JsonLine($"{prefix}-{i}", $"{prefix} Net {i}", padding));
        }
        return Encoding.UTF8.GetBytes(lines.ToString());
    }

    private static int UploadFolders() => Directory.GetDirectories(Path.GetTempPath(), "papergraph-upload-*").Length;

    private async Task<HttpResponseMessage> PostFilesAsync(string? token, params (string Name, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "files", name);
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/import") { Content = form };
        // As curl sends large bodies: a server that refuses the headers (401, 413) answers before the body is sent.
        request.Headers.ExpectContinue = true;
        if (token is not null)
        {
            request.Headers.Add(AntiforgeryRequired.HeaderName, token);
        }
        return await _browser.Client.SendAsync(request);
    }

    [Fact]
    public async Task An_anonymous_import_is_401_and_imports_nothing()
    {
        var before = await app.PaperCountAsync();

        var response = await PostFilesAsync(await _browser.ApiTokenAsync(), ("anonymous.jsonl", Encoding.UTF8.GetBytes(JsonLine("anon-1", "Anonymous Net"))));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(before, await app.PaperCountAsync());
    }

    [Fact]
    public async Task A_curators_import_without_an_antiforgery_token_is_400_and_imports_nothing()
    {
        await _browser.SignInAsync("ada");
        var before = await app.PaperCountAsync();

        var response = await PostFilesAsync(token: null, ("forged.jsonl", Encoding.UTF8.GetBytes(JsonLine("forged-1", "Forged Net"))));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await app.PaperCountAsync());
    }

    [Fact]
    public async Task A_file_with_one_bad_record_imports_the_others_and_names_the_file_and_line_of_the_bad_one()
    {
        await _browser.SignInAsync("ada");
        var before = await app.PaperCountAsync();
        var lines = string.Join('\n', JsonLine("mixed-1", "Good Net One"), "{\"id\": \"mixed-2\", \"title\": ", JsonLine("mixed-3", "Good Net Three"));

        var folders = UploadFolders();

        var response = await PostFilesAsync(await _browser.ApiTokenAsync(), ("mixed.jsonl", Encoding.UTF8.GetBytes(lines)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = (await response.Content.ReadFromJsonAsync<ImportSummary>(SeededApp.Json))!;
        Assert.Equal(3, summary.RecordsRead);
        Assert.Equal(2, summary.PapersAdded);
        var error = Assert.Single(summary.Rejected);
        Assert.Equal(("mixed.jsonl", 2), (error.File, error.Line));
        Assert.Equal(["Good Net One", "Good Net Three"], summary.AddedPapers.Select(p => p.Title).Order());
        Assert.Equal(before + 2, await app.PaperCountAsync());
        Assert.Equal(folders, UploadFolders());
    }

    [Fact]
    public async Task Uploading_the_same_file_again_updates_its_papers_and_lists_none_as_new()
    {
        await _browser.SignInAsync("ada");
        var file = ("again.jsonl", Encoding.UTF8.GetBytes(string.Join('\n', JsonLine("again-1", "Again Net One"), JsonLine("again-2", "Again Net Two"))));
        await PostFilesAsync(await _browser.ApiTokenAsync(), file);

        var response = await PostFilesAsync(await _browser.ApiTokenAsync(), file);

        var summary = (await response.Content.ReadFromJsonAsync<ImportSummary>(SeededApp.Json))!;
        Assert.Equal((0, 2), (summary.PapersAdded, summary.PapersUpdated));
        Assert.Empty(summary.AddedPapers);
    }

    [Fact]
    public async Task An_upload_over_the_apps_general_body_limit_but_within_the_import_limit_is_imported()
    {
        await _browser.SignInAsync("ada");
        var before = await app.PaperCountAsync();
        var papers = PapersOfSize("Sizeable", 3 * 1024 * 1024 / 2);

        var response = await PostFilesAsync(await _browser.ApiTokenAsync(), ("sizeable.jsonl", papers));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = (await response.Content.ReadFromJsonAsync<ImportSummary>(SeededApp.Json))!;
        Assert.Empty(summary.Rejected);
        Assert.Equal(before + summary.PapersAdded, await app.PaperCountAsync());
        Assert.Equal(papers.Count(b => b == (byte)'\n'), summary.PapersAdded);
    }

    [Theory]
    // Within the endpoint's body limit (the file limit plus the multipart envelope): refused while it is copied.
    [InlineData(UploadApp.MaxImportBytes + 1)]
    // Over the endpoint's body limit: refused by Kestrel as the body is read.
    [InlineData(4 * UploadApp.MaxImportBytes)]
    public async Task An_upload_over_the_limit_is_413_and_imports_nothing(long size)
    {
        await _browser.SignInAsync("ada");
        var before = await app.PaperCountAsync();
        var folders = UploadFolders();
        var good = Encoding.UTF8.GetBytes(JsonLine("small-1", "Small Net") + "\n");

        var response = await PostFilesAsync(await _browser.ApiTokenAsync(), ("small.jsonl", good), ("large.jsonl", PapersOfSize("Large", size)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(before, await app.PaperCountAsync());
        Assert.Equal(folders, UploadFolders());
    }
}
