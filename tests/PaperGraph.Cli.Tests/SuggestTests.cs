namespace PaperGraph.Cli.Tests;

public sealed class SuggestTests(SampleDatabase database) : IClassFixture<SampleDatabase>
{
    [Fact]
    public async Task Suggest_similar_stores_pairs_and_prints_them_with_shared_terms()
    {
        var result = await database.RunAsync("suggest", "similar", "--json", "--limit", "5");

        Assert.True(result.ExitCode == 0, result.ToString());
        var json = result.Json();
        Assert.True(json.GetProperty("run").GetProperty("stored").GetProperty("SimilarPaper").GetInt32() > 240);
        var pairs = json.GetProperty("suggestions").EnumerateArray().ToList();
        Assert.Equal(5, pairs.Count);
        Assert.All(pairs, pair => Assert.NotEqual(0, pair.GetProperty("similar").GetProperty("sharedTerms").GetArrayLength()));
        Assert.Contains("similar papers", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggest_merges_never_clusters_names_that_differ_in_a_number()
    {
        var result = await database.RunAsync("suggest", "merges", "--json", "--limit", "500");

        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var cluster in result.Json().GetProperty("suggestions").GetProperty("clusters").EnumerateArray())
        {
            var names = cluster.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("entity").GetProperty("name").GetString()).ToList();
            Assert.False(names.Contains("CIFAR-10") && names.Contains("CIFAR-100"), string.Join(", ", names));
        }
    }

    [Fact]
    public async Task Suggest_links_prints_at_most_the_limit_as_a_table()
    {
        var result = await database.RunAsync("suggest", "links", "--limit", "3");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("EvaluatedOn", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("MissingLink", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggest_refresh_stores_every_kind()
    {
        var result = await database.RunAsync("suggest", "refresh", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var stored = result.Json().GetProperty("run").GetProperty("stored");
        Assert.All(Enum.GetNames<PaperGraph.Core.Suggestions.SuggestionKind>(), kind => Assert.True(stored.GetProperty(kind).GetInt32() > 0, kind));
    }

    [Fact]
    public async Task Suggest_without_a_database_is_bad_input()
    {
        using var folder = new TempFolder();

        var result = await Cli.RunAsync("--db", folder.Database, "suggest", "similar");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("no database", result.Stderr, StringComparison.Ordinal);
    }
}
