namespace PaperGraph.Cli.Tests;

public sealed class BadInputTests : IDisposable
{
    private const string Abstract =
        "We propose AlphaNet, a convolutional network for image classification. It reaches a top-1 error of 21.5% on the " +
        "ImageNet dataset and transfers to object detection on MS COCO. Ablations show that every part of the design matters.";

    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Bad_records_are_named_with_file_and_line_and_good_ones_still_imported()
    {
        var path = _folder.Write("papers.jsonl", $"{Line("AlphaNet")}\n{{\"title\": \"Beta\n{Line("GammaNet")}\n");

        var result = await Run("import", path, "--json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{path}:2: invalid JSON", result.Stderr);
        Assert.Equal(2, result.Json().GetProperty("papersAdded").GetInt32());
    }

    [Fact]
    public async Task Strict_import_of_a_bad_file_writes_nothing_and_keeps_what_was_stored()
    {
        await Run("import", _folder.Write("good.jsonl", Line("AlphaNet")));
        var before = (await Run("stats", "--json")).Stdout;
        var bad = _folder.Write("bad.jsonl", $"{Line("GammaNet")}\n{{\"title\": \"Delta\", \"abstract\": \"\"}}\n");

        var result = await Run("import", bad, "--strict");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{bad}:2: empty abstract", result.Stderr);
        Assert.Contains("Nothing imported", result.Stdout);
        Assert.Equal(before, (await Run("stats", "--json")).Stdout);
    }

    [Fact]
    public async Task Strict_import_of_a_bad_file_into_a_new_database_leaves_no_database_file()
    {
        var bad = _folder.Write("bad.jsonl", $"{Line("GammaNet")}\n{{\"title\": \"Delta\", \"abstract\": \"\"}}\n");

        var result = await Run("import", bad, "--strict");

        Assert.Equal(2, result.ExitCode);
        Assert.False(File.Exists(_folder.Database), "a strict import that imported nothing created a database file");
    }

    [Fact]
    public async Task Import_always_ends_with_a_closing_line_on_stderr()
    {
        var result = await Run("import", _folder.Write("good.jsonl", Line("AlphaNet")));

        Assert.Contains("import: 1 records read, 1 papers stored, 0 rejected", result.Stderr);
    }

    [Fact]
    public async Task Binary_file_is_rejected_with_exit_code_2()
    {
        var path = _folder.File("image.txt");
        await File.WriteAllBytesAsync(path, [0x89, 0x50, 0x4E, 0x47, 0x00, 0x0D, 0x0A]);

        var result = await Run("import", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{path}:1: binary file", result.Stderr);
    }

    [Fact]
    public async Task Missing_input_file_is_rejected_with_exit_code_2()
    {
        var path = _folder.File("missing.jsonl");

        var result = await Run("import", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(path, result.Stderr);
    }

    private static string Line(string name) => $"{{\"title\": \"{name}: A Network\", \"abstract\": \"{Abstract.Replace("AlphaNet", name)}\"}}";

    private Task<CliResult> Run(params string[] args) => Cli.RunAsync(["--db", _folder.Database, .. args]);

    public void Dispose() => _folder.Dispose();
}
