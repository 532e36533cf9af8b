namespace PaperGraph.Cli.Tests;

public sealed class SampleImportTests(SampleDatabase database) : IClassFixture<SampleDatabase>
{
    [Fact]
    public void Importing_the_sample_corpus_adds_its_240_papers_without_rejects()
    {
        Assert.True(database.Import.ExitCode == 0, database.Import.ToString());
        var summary = database.Import.Json();
        Assert.Equal(240, summary.GetProperty("papersAdded").GetInt32());
        Assert.Equal(0, summary.GetProperty("rejected").GetArrayLength());
        Assert.True(summary.GetProperty("entitiesAdded").GetInt32() > 0);
        Assert.True(summary.GetProperty("relations").GetInt32() > 0);
    }

    [Fact]
    public async Task The_import_summary_counts_relations_as_stats_does()
    {
        var stats = (await database.RunAsync("stats", "--json")).Json();

        var total = stats.GetProperty("relations").EnumerateObject().Sum(relation => relation.Value.GetInt32());
        Assert.Equal(total, database.Import.Json().GetProperty("relations").GetInt32());
        Assert.Equal(total, stats.GetProperty("totalRelations").GetInt32());
    }

    [Fact]
    public async Task Reports_on_ImageNet_also_lists_papers_evaluated_on_it_without_a_number()
    {
        var page = (await database.RunAsync("query", "reports-on", "ImageNet", "--json", "--limit", "500")).Json();

        var withResults = page.GetProperty("papersWithResults").GetInt32();
        var papers = page.GetProperty("papers").EnumerateArray().ToList();
        Assert.Equal(page.GetProperty("totalPapers").GetInt32(), papers.Count);
        Assert.True(papers.Count > withResults);
        Assert.All(papers.Skip(withResults), p => Assert.Equal(0, p.GetProperty("results").GetArrayLength()));
    }

    [Fact]
    public async Task Reports_on_ImageNet_lists_papers_with_results_and_the_total()
    {
        var result = await database.RunAsync("query", "reports-on", "ImageNet", "--json", "--limit", "5");

        Assert.True(result.ExitCode == 0, result.ToString());
        var page = result.Json();
        var papers = page.GetProperty("papers");
        Assert.InRange(papers.GetArrayLength(), 1, 5);
        Assert.True(page.GetProperty("totalPapers").GetInt32() >= papers.GetArrayLength());
        Assert.All(papers.EnumerateArray(), p => Assert.True(p.GetProperty("results").GetArrayLength() > 0));
    }

    [Fact]
    public async Task Reports_on_covers_the_variants_of_the_dataset()
    {
        var page = (await database.RunAsync("query", "reports-on", "ImageNet", "--json")).Json();

        var covered = page.GetProperty("variants").EnumerateArray().Select(v => v.GetProperty("key").GetString())
            .Append(page.GetProperty("dataset").GetProperty("key").GetString())
            .ToHashSet();
        Assert.True(covered.Count > 1);
        var resultDatasets = page.GetProperty("papers").EnumerateArray()
            .SelectMany(p => p.GetProperty("results").EnumerateArray())
            .Select(r => r.GetProperty("dataset").GetProperty("key").GetString());
        Assert.All(resultDatasets, key => Assert.Contains(key, covered));
    }

    [Fact]
    public async Task Reports_on_as_a_table_shows_the_total_and_titles()
    {
        var result = await database.RunAsync("query", "reports-on", "ImageNet");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("papers are evaluated on it", result.Stdout);
    }

    [Fact]
    public async Task Reports_on_an_unknown_dataset_fails_with_1()
    {
        var result = await database.RunAsync("query", "reports-on", "NoSuchDatasetAnywhere");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("NoSuchDatasetAnywhere", result.Stderr);
    }

    [Fact]
    public async Task Stats_json_counts_the_240_papers()
    {
        var result = await database.RunAsync("stats", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(240, result.Json().GetProperty("papers").GetInt32());
    }

    [Fact]
    public async Task Paper_is_found_by_exact_title()
    {
        var result = await database.RunAsync("query", "paper", "CSPNet: A New Backbone that can Enhance Learning Capability of CNN", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("CSPNet: A New Backbone that can Enhance Learning Capability of CNN", result.Json().GetProperty("paper").GetProperty("title").GetString());
    }

    [Fact]
    public async Task Paper_found_in_reports_on_opens_by_its_id()
    {
        var page = (await database.RunAsync("query", "reports-on", "ImageNet", "--json", "--limit", "1")).Json();
        var id = page.GetProperty("papers")[0].GetProperty("paper").GetProperty("id").GetString()!;

        var result = await database.RunAsync("query", "paper", id, "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(id, result.Json().GetProperty("paper").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Paper_that_matches_nothing_fails_with_1()
    {
        var result = await database.RunAsync("query", "paper", "zzqx vvkw");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no paper matches", result.Stderr);
    }

    [Fact]
    public async Task Entity_is_resolved_by_an_alias_with_its_names_and_papers()
    {
        var result = await database.RunAsync("query", "entity", "MS COCO", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var entity = result.Json();
        Assert.Equal("Dataset", entity.GetProperty("entity").GetProperty("type").GetString());
        var names = entity.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).Append(entity.GetProperty("entity").GetProperty("name").GetString());
        Assert.Contains("MS COCO", names, StringComparer.OrdinalIgnoreCase);
        Assert.True(entity.GetProperty("totalPapers").GetInt32() > 0);
    }

    [Fact]
    public async Task Search_finds_papers_by_words_of_their_abstract()
    {
        var result = await database.RunAsync("query", "search", "pollen", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(result.Json().EnumerateArray(), hit => hit.GetProperty("label").GetString()!.Contains("HieraEdgeNet"));
    }

    [Fact]
    public async Task Matrix_json_has_methods_datasets_and_cells()
    {
        var result = await database.RunAsync("query", "matrix", "--json");

        Assert.Equal(0, result.ExitCode);
        var matrix = result.Json();
        Assert.True(matrix.GetProperty("methods").GetArrayLength() > 0);
        Assert.True(matrix.GetProperty("cells").GetArrayLength() > 0);
    }
}
