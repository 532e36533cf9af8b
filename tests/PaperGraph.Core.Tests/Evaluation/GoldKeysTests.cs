using PaperGraph.Core.Evaluation;
using static PaperGraph.Core.Tests.Evaluation.EvaluationFixtures;

namespace PaperGraph.Core.Tests.Evaluation;

public sealed class GoldKeysTests
{
    [Fact]
    public void Dataset_accepts_its_canonical_name_and_its_surface_mentions()
    {
        var gold = Gold(datasets: [new GoldDataset("COCO", ["MS COCO", "COCO 2017"])]);

        var keys = Assert.Single(GoldKeys.For(gold, ExtractionField.Datasets));

        Assert.Equal(["coco", "coco2017", "mscoco"], keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Evaluated_on_name_that_the_paper_does_not_list_accepts_only_itself()
    {
        var gold = Gold(datasets: [new GoldDataset("COCO", ["MS COCO"])], evaluatedOn: ["COCO", "LVIS"]);

        var keys = GoldKeys.For(gold, ExtractionField.EvaluatedOn);

        Assert.Contains("mscoco", keys[0]);
        Assert.Equal(["lvis"], keys[1]);
    }

    [Fact]
    public void Method_accepts_the_partners_of_its_alias_pairs()
    {
        var gold = Gold(methods: ["CSPNet"], aliases: [["Cross Stage Partial Network", "CSPNet"]]);

        var keys = Assert.Single(GoldKeys.For(gold, ExtractionField.Methods));

        Assert.Contains("crossstagepartialnetwork", keys);
    }

    [Fact]
    public void Alias_partners_are_not_followed_beyond_one_pair()
    {
        var gold = Gold(methods: ["A"], aliases: [["A", "B"], ["B", "C"]]);

        var keys = Assert.Single(GoldKeys.For(gold, ExtractionField.Methods));

        Assert.Equal(["a", "b"], keys.Order(StringComparer.Ordinal));
    }
}
