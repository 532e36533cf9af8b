using PaperGraph.Core.Model;
using PaperGraph.Neo4j.Writing;
using PaperGraph.Store.Contract;

namespace PaperGraph.Neo4j.Tests.Writing;

public sealed class UpsertPlanTests
{
    [Fact]
    public void An_entity_keeps_its_first_name_and_every_other_spelling_once()
    {
        var plan = UpsertPlan.For([
            PaperRecordBuilder.Paper("Paper A").EvaluatedOn("MS COCO", null, "COCO", "coco").Build(),
            PaperRecordBuilder.Paper("Paper B").EvaluatedOn("MS-COCO").Build(),
        ]);

        var row = Assert.Single(plan.EntityRows);
        Assert.Equal("MS COCO", row["name"]);
        Assert.Equal(["MS COCO", "COCO", "MS-COCO"], (IEnumerable<string>)row["names"]!);
        Assert.Equal(["coco", "mscoco"], (IEnumerable<string>)row["folded"]!);
    }

    [Fact]
    public void A_variant_is_linked_to_the_first_parent_named_for_it()
    {
        var plan = UpsertPlan.For([
            PaperRecordBuilder.Paper("Paper A").EvaluatedOn("ImageNet-1K", parent: "ImageNet").Build(),
            PaperRecordBuilder.Paper("Paper B").EvaluatedOn("ImageNet-1K", parent: "ILSVRC").Build(),
        ]);

        var link = Assert.Single(plan.VariantRows);
        Assert.Equal(("dataset:imagenet1k", "dataset:imagenet"), ((string)link["child"]!, (string)link["parent"]!));
    }

    [Fact]
    public void A_paper_given_twice_is_written_once_as_its_last_version_and_counted_as_updated()
    {
        var plan = UpsertPlan.For([
            PaperRecordBuilder.Paper("Paper A").Uses("VGG").Build(),
            PaperRecordBuilder.Paper("Paper A").Proposes("ResNet").Build(),
        ]);

        Assert.Equal(1, plan.RepeatedPapers);
        Assert.Single(plan.PaperRows);
        Assert.Equal(["method:resnet"], plan.LinkedByPaper.Single().Value);
        Assert.Equal(2, plan.EntityRows.Count());
    }

    [Fact]
    public void Results_that_are_not_numbers_are_left_out()
    {
        var plan = UpsertPlan.For([PaperRecordBuilder.Paper("Paper A").Reports("ImageNet", "error", double.NaN).Reports("ImageNet", "top-5 error", 5).Build()]);

        var result = (Dictionary<string, object?>)Assert.Single(plan.ResultRows)["result"]!;
        Assert.Equal("top-5 error", result["metric"]);
    }

    [Fact]
    public void A_result_score_is_its_value_in_the_metric_direction()
    {
        var plan = UpsertPlan.For([PaperRecordBuilder.Paper("Paper A").Reports("ImageNet", "top-1 accuracy", 76).Reports("ImageNet", "top-1 error", 24).Build()]);

        var scores = plan.ResultRows.Select(row => ((Dictionary<string, object?>)row["result"]!)["score"]);
        Assert.Equal([-76.0, 24.0], scores);
    }

    [Fact]
    public void An_entity_with_two_roles_gets_a_row_for_each()
    {
        var plan = UpsertPlan.For([PaperRecordBuilder.Paper("A New Benchmark").IntroducesAndEvaluatesOn("BenchX").Build()]);

        Assert.Equal(["EVALUATED_ON", "PROPOSES"], plan.RoleRows.Select(row => (string)row["role"]!).Order());
    }

    [Fact]
    public void Names_without_letters_or_digits_name_no_entity()
    {
        var plan = UpsertPlan.For([PaperRecordBuilder.Paper("Paper A").Uses("--").Build()]);

        Assert.Empty(plan.EntityRows);
        Assert.Empty(plan.RoleRows);
    }

    [Fact]
    public void A_paper_without_an_id_is_refused()
    {
        var record = PaperRecordBuilder.Paper("Paper A").Build();

        Assert.Throws<ArgumentException>(() => UpsertPlan.For([record with { Paper = record.Paper with { Id = " " } }]));
    }

    [Fact]
    public void Mentions_are_kept_in_text_order_with_their_entity_keys()
    {
        var plan = UpsertPlan.For([PaperRecordBuilder.Paper("Paper A").WithAbstract("We use VGG and ResNet.").Uses("ResNet").Uses("VGG").Build()]);

        var row = Assert.Single(plan.PaperRows);
        Assert.Equal(["method:vgg", "method:resnet"], (IEnumerable<string>)row["mentionKeys"]!);
        Assert.Equal([7, 15], (IEnumerable<int>)row["mentionStarts"]!);
    }
}
