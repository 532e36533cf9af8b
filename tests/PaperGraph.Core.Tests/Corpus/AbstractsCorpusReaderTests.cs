using System.Text;

namespace PaperGraph.Core.Tests.Corpus;

public sealed class AbstractsCorpusReaderTests : IDisposable
{
    private readonly CorpusFiles _files = new();

    [Fact]
    public async Task Header_lines_before_the_first_pair_are_skipped_silently()
    {
        var path = _files.Write("listing.txt", "Trending papers\nUpdated daily\n" + SampleText.Listing("AlphaNet", "BetaNet"));

        var records = await CorpusFiles.ReadAllAsync(path);

        Assert.All(records, r => Assert.Null(r.Error));
        Assert.Equal(["AlphaNet: A Network for Vision", "BetaNet: A Network for Vision"], records.Select(r => r.Paper!.Title));
    }

    [Fact]
    public async Task A_title_merely_starting_with_a_control_word_keeps_it()
    {
        var path = _files.Write("listing.txt", $"Header\nShare and Tell: Learning Together\n{SampleText.Abstract("Tell")}\n");

        var paper = Assert.Single(await CorpusFiles.ReadAllAsync(path)).Paper!;

        Assert.Equal("Share and Tell: Learning Together", paper.Title);
    }

    [Fact]
    public async Task An_abstract_without_a_title_is_rejected_with_its_line()
    {
        var listing = SampleText.Listing("AlphaNet") + SampleText.Abstract("Orphan") + "\n";
        var path = _files.Write("listing.txt", listing);

        var records = await CorpusFiles.ReadAllAsync(path);

        var error = Assert.Single(records, r => r.Error is not null).Error!;
        Assert.Equal(4, error.Line);
        Assert.Contains("without a title", error.Message);
    }

    [Fact]
    public async Task A_blank_line_after_a_title_is_an_empty_abstract()
    {
        var listing = SampleText.Listing("AlphaNet") + "BetaNet: Blank\n\n";
        var path = _files.Write("listing.txt", listing);

        var records = await CorpusFiles.ReadAllAsync(path);

        var error = Assert.Single(records, r => r.Error is not null).Error!;
        Assert.Equal(4, error.Line);
        Assert.Contains("empty abstract", error.Message);
    }

    [Fact]
    public async Task Windows_line_endings_and_a_byte_order_mark_are_accepted()
    {
        var listing = "\uFEFF" + SampleText.Listing("AlphaNet").Replace("\n", "\r\n");
        var path = _files.Write("listing.txt", listing);

        var paper = Assert.Single(await CorpusFiles.ReadAllAsync(path)).Paper!;

        Assert.Equal("AlphaNet: A Network for Vision", paper.Title);
        Assert.EndsWith("public.", paper.Abstract);
    }

    [Fact]
    public async Task An_unreadable_title_line_rejects_its_record_once_and_the_next_pair_is_read()
    {
        var bytes = Encoding.UTF8.GetBytes(SampleText.Listing("AlphaNet") + "Beta")
            .Concat(new byte[] { 0xFF, 0xFE })
            .Concat(Encoding.UTF8.GetBytes($"Net: Broken\n{SampleText.Abstract("BetaNet")}\nGammaNet: Fine\n{SampleText.Abstract("GammaNet")}\n"))
            .ToArray();
        var path = _files.Write("listing.txt", bytes);

        var records = await CorpusFiles.ReadAllAsync(path);

        var error = Assert.Single(records, r => r.Error is not null).Error!;
        Assert.Equal(4, error.Line);
        Assert.Equal(["AlphaNet: A Network for Vision", "GammaNet: Fine"], records.Where(r => r.Paper is not null).Select(r => r.Paper!.Title));
    }

    [Fact]
    public async Task An_oversized_abstract_line_rejects_its_record_and_the_next_pair_is_read()
    {
        var listing = SampleText.Listing("AlphaNet") + "BetaNet: Huge\n" + new string('y', 3000) + "\nGammaNet: Fine\n" + SampleText.Abstract("GammaNet") + "\n";
        var path = _files.Write("listing.txt", listing);

        var records = await CorpusFiles.ReadAllAsync(path, maxLineBytes: 2000);

        var error = Assert.Single(records, r => r.Error is not null).Error!;
        Assert.Equal(5, error.Line);
        Assert.Equal(["AlphaNet: A Network for Vision", "GammaNet: Fine"], records.Where(r => r.Paper is not null).Select(r => r.Paper!.Title));
    }

    public void Dispose() => _files.Dispose();
}
