using System.Text.Json;

namespace PaperGraph.Cli.Tests.Curation;

/// <summary>The curation commands on a fresh import of the sample corpus per test.</summary>
public sealed class CurationCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Merge_then_undo_returns_the_relation_count_and_the_log_names_both_curators()
    {
        await ImportAsync();
        var before = await RelationsAsync();

        var merge = await Run("merge", "ImageNet-1K", "ImageNet", "--curator", "ann", "--note", "one dataset");
        var merged = await RelationsAsync();
        var undo = await Run("undo", "--curator", "bob");

        Assert.Equal((0, 0), (merge.ExitCode, undo.ExitCode));
        Assert.Contains("merge dataset:imagenet1k into dataset:imagenet", merge.Stdout, StringComparison.Ordinal);
        Assert.True(merged < before);
        Assert.Equal(before, await RelationsAsync());
        var entry = (await Run("curation", "log", "--json")).Json().GetProperty("entries")[0];
        Assert.Equal(("ann", "one dataset", "bob"), (entry.GetProperty("curator").GetString(), entry.GetProperty("note").GetString(),
            entry.GetProperty("undone").GetProperty("curator").GetString()));
        Assert.Equal("merge", entry.GetProperty("rule").GetProperty("op").GetString());
    }

    [Fact]
    public async Task A_merge_shows_its_progress_and_a_closing_line_on_stderr()
    {
        await ImportAsync();

        var merge = await Run("merge", "ImageNet-1K", "ImageNet", "--json");

        Assert.Contains("rebuilding papers: 0 of ", merge.Stderr, StringComparison.Ordinal);
        Assert.Matches(@"curation: \d+ papers rebuilt in \d+\.\d\d s", merge.Stderr);
        Assert.True(merge.Json().GetProperty("papersRebuilt").GetInt32() > 0);
    }

    [Fact]
    public async Task An_ambiguous_name_exits_2_listing_the_keys_it_could_mean()
    {
        await ImportAsync();

        var result = await Run("merge", "CA", "method:resnet");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("method:coordinateattention", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("method:conflictawaresparsification", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Not_an_entity_removes_ID_and_a_reimport_keeps_it_removed()
    {
        await ImportAsync();

        var removal = await Run("not-an-entity", "dataset:indomain", "--json");
        await ImportAsync();

        Assert.Equal("not-an-entity", removal.Json().GetProperty("entry").GetProperty("rule").GetProperty("op").GetString());
        Assert.Equal(1, (await Run("query", "entity", "dataset:indomain")).ExitCode);
    }

    [Fact]
    public async Task Rename_retype_and_split_change_the_entity_as_query_entity_shows_it()
    {
        await ImportAsync();

        Assert.Equal(0, (await Run("rename", "dataset:imagenet", "ImageNet (ILSVRC)")).ExitCode);
        Assert.Equal("ImageNet (ILSVRC)", (await EntityAsync("dataset:imagenet")).GetProperty("entity").GetProperty("name").GetString());
        Assert.Equal(0, (await Run("retype", "Tiny ImageNet", "Task")).ExitCode);
        Assert.Equal("Task", (await EntityAsync("task:tinyimagenet")).GetProperty("entity").GetProperty("type").GetString());
        var merge = (await Run("merge", "ImageNet-1K", "dataset:imagenet", "--json")).Json().GetProperty("entry").GetProperty("id").GetInt64();
        Assert.Equal(0, (await Run("split", merge.ToString(System.Globalization.CultureInfo.InvariantCulture))).ExitCode);
        Assert.Equal("ImageNet-1K", (await EntityAsync("dataset:imagenet1k")).GetProperty("entity").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Remove_relation_and_accept_link_edit_one_papers_relations()
    {
        await ImportAsync();
        var paper = (await EntityAsync("dataset:imagenet1k")).GetProperty("papers")[0].GetProperty("paper").GetProperty("id").GetString()!;

        Assert.Equal(0, (await Run("remove-relation", paper, "dataset:imagenet1k", "EvaluatedOn")).ExitCode);
        Assert.Equal(0, (await Run("accept-link", paper, "CIFAR-10", "EvaluatedOn")).ExitCode);

        var links = (await Run("query", "paper", paper, "--json")).Stdout;
        Assert.DoesNotContain("dataset:imagenet1k", links, StringComparison.Ordinal);
        Assert.Contains("dataset:cifar10", links, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Undo_with_nothing_to_undo_and_a_relation_the_paper_lacks_exit_2()
    {
        await ImportAsync();

        Assert.Equal(2, (await Run("undo")).ExitCode);
        Assert.Equal(2, (await Run("remove-relation", "title:no-such-paper", "ImageNet", "EvaluatedOn")).ExitCode);
    }

    [Theory]
    [InlineData("merge", "aliases")]
    [InlineData("split", "merge")]
    [InlineData("undo", "restoring")]
    [InlineData("rename", "canonical name")]
    [InlineData("retype", "type")]
    [InlineData("not-an-entity", "stay gone")]
    [InlineData("remove-relation", "wrong relation")]
    [InlineData("accept-link", "missed")]
    [InlineData("mark-variant", "variant")]
    public async Task Each_curation_command_explains_itself_and_its_curator_option(string command, string explanation)
    {
        var help = await Cli.RunAsync(command, "--help");

        Assert.Equal(0, help.ExitCode);
        Assert.Contains(explanation, help.Stdout, StringComparison.Ordinal);
        Assert.Contains("--curator", help.Stdout, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private async Task ImportAsync() => Assert.Equal(0, (await Run("import", Cli.SampleCorpusPath)).ExitCode);

    private async Task<int> RelationsAsync() => (await Run("stats", "--json")).Json().GetProperty("totalRelations").GetInt32();

    private async Task<JsonElement> EntityAsync(string key)
    {
        var result = await Run("query", "entity", key, "--json");
        Assert.True(result.ExitCode == 0, result.ToString());
        return result.Json();
    }

    private Task<CliResult> Run(params string[] args) => Cli.RunAsync(["--db", _folder.Database, .. args]);
}
