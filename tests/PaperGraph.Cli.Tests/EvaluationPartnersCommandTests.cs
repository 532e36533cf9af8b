namespace PaperGraph.Cli.Tests;

public sealed class EvaluationPartnersCommandTests(SampleDatabase database) : IClassFixture<SampleDatabase>
{
    [Fact]
    public async Task Methods_on_ImageNet_lists_methods_most_papers_first_with_their_best_result()
    {
        var result = await database.RunAsync("query", "methods-on", "ILSVRC", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var answer = result.Json();
        Assert.Equal("dataset:imagenet", answer.GetProperty("entity").GetProperty("key").GetString());
        var partners = answer.GetProperty("partners").EnumerateArray().ToList();
        Assert.NotEmpty(partners);
        Assert.All(partners, partner => Assert.Equal("Method", partner.GetProperty("entity").GetProperty("type").GetString()));
        var papers = partners.Select(partner => partner.GetProperty("papers").GetInt32()).ToList();
        Assert.Equal(papers.OrderDescending(), papers);
        Assert.Contains(partners, partner => partner.GetProperty("bestResult").ValueKind == System.Text.Json.JsonValueKind.Object);
    }

    [Fact]
    public async Task Datasets_of_a_method_are_datasets_and_respect_the_limit()
    {
        var method = (await database.RunAsync("query", "methods-on", "ImageNet", "--json")).Json()
            .GetProperty("partners")[0].GetProperty("entity").GetProperty("name").GetString()!;

        var result = await database.RunAsync("query", "datasets-of", method, "--limit", "2", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var partners = result.Json().GetProperty("partners").EnumerateArray().ToList();
        Assert.InRange(partners.Count, 1, 2);
        Assert.Contains(partners, partner => partner.GetProperty("entity").GetProperty("key").GetString() == "dataset:imagenet");
    }

    [Fact]
    public async Task Methods_on_a_dataset_include_the_methods_on_its_variants_marked_with_the_variant()
    {
        var result = await database.RunAsync("query", "methods-on", "ImageNet", "--limit", "500", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var onVariants = result.Json().GetProperty("partners").EnumerateArray()
            .Where(partner => partner.TryGetProperty("variant", out var variant) && variant.ValueKind == System.Text.Json.JsonValueKind.Object)
            .Select(partner => (partner.GetProperty("entity").GetProperty("key").GetString(), partner.GetProperty("variant").GetProperty("key").GetString()))
            .ToList();
        Assert.Contains(("method:clafusion", "dataset:tinyimagenet"), onVariants);
        Assert.DoesNotContain(onVariants, pair => pair.Item2 == "dataset:imagenet");
    }

    [Fact]
    public async Task Methods_on_a_dataset_name_the_variant_a_method_is_evaluated_on()
    {
        var result = await database.RunAsync("query", "methods-on", "ImageNet", "--limit", "500");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("(on variant Tiny ImageNet)", result.Stdout);
    }

    [Fact]
    public async Task Methods_on_prints_a_table_with_the_best_reported_result()
    {
        var result = await database.RunAsync("query", "methods-on", "CIFAR-10");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Best reported result", result.Stdout);
    }

    [Fact]
    public async Task Methods_on_an_unknown_dataset_fails_naming_it()
    {
        var result = await database.RunAsync("query", "methods-on", "No Such Benchmark");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no dataset named \"No Such Benchmark\"", result.Stderr);
    }
}
