using PaperGraph.Core.Graph;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;
using PaperGraph.Store.Contract;

namespace PaperGraph.Sqlite.Tests;

/// <summary>Records read back from the store write the same paper pages into a fresh store.</summary>
public sealed class PaperRecordSourceTests : IDisposable
{
    private readonly TemporaryDatabase _original = new();
    private readonly TemporaryDatabase _copy = new();

    public static TheoryData<string> Papers => ["acronym", "variant", "results"];

    [Theory]
    [MemberData(nameof(Papers))]
    public async Task A_paper_read_back_and_written_again_has_the_same_page(string which)
    {
        var record = Build(which);
        using var original = _original.OpenStore();
        await original.UpsertAsync([record]);
        using var copy = _copy.OpenStore();

        await copy.UpsertAsync(await original.ReadAllAsync().ToListAsync());

        Assert.Equal(Describe(await original.GetPaperAsync(record.Paper.Id)), Describe(await copy.GetPaperAsync(record.Paper.Id)));
    }

    [Fact]
    public async Task A_variant_read_back_keeps_its_parent_and_aliases()
    {
        using var original = _original.OpenStore();
        await original.UpsertAsync([Build("variant"), PaperRecordBuilder.Paper("Alias").EvaluatedOn("ImageNet", aliases: "ILSVRC").Build()]);
        using var copy = _copy.OpenStore();

        await copy.UpsertAsync(await original.ReadAllAsync().ToListAsync());

        var entity = await copy.GetEntityAsync("dataset:imagenet1k");
        Assert.Equal("dataset:imagenet", entity?.Parent?.Key);
        Assert.Equal((await original.GetEntityAsync("dataset:imagenet"))?.Aliases, (await copy.GetEntityAsync("dataset:imagenet"))?.Aliases);
    }

    public void Dispose()
    {
        _original.Dispose();
        _copy.Dispose();
    }

    private static PaperRecord Build(string which) => which switch
    {
        "acronym" => PaperRecordBuilder.Paper("Coordinate attention").WithAbstract("We use CA, coordinate attention, on COCO.")
            .UsesAcronym("CA", "Coordinate Attention").EvaluatedOn("COCO").Build(),
        "variant" => PaperRecordBuilder.Paper("Variants").WithAbstract("We train on ImageNet-1K.")
            .EvaluatedOn("ImageNet-1K", parent: "ImageNet").IntroducesAndEvaluatesOn("NewSet").Build(),
        _ => PaperRecordBuilder.Paper("Results").WithAbstract("ResNet reaches 3.57% top-5 error on ImageNet and 1.2 GPU days.")
            .Proposes("ResNet").Reports("ImageNet", "top-5 error", 3.57)
            .Reports("ImageNet", "GPU days", 1.2, new ResultContext(">", "zero-shot", "32×32", true), unit: "GPU days").Build(),
    };

    private static string Describe(PaperDetails? page) => page is null
        ? "none"
        : string.Join('\n', [
            page.Paper.ToString(), string.Join(',', page.Paper.Authors ?? []),
            .. page.Entities.Select(link => $"{link.Entity} {link.Role}"),
            .. page.Results.Select(result => $"{result.Dataset} {result.Metric} {result.Value} {result.Unit} {result.Context} {result.Provenance}"),
            .. page.Mentions.Select(mention => mention.ToString()),
        ]);
}
