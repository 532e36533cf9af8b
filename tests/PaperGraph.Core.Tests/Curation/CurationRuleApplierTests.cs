using PaperGraph.Core.Curation;
using PaperGraph.Core.Extraction;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Model;
using PaperGraph.Core.Suggestions;

namespace PaperGraph.Core.Tests.Curation;

public sealed class CurationRuleApplierTests
{
    private const string Text = "We train on ImageNet-1K and ImageNet and report 80% top-1 on ImageNet-1K with ID.";

    [Fact]
    public void Merge_gives_the_entity_the_survivors_key_and_name_and_keeps_its_names_as_aliases()
    {
        var record = Record(Dataset("ImageNet-1K", RelationType.EvaluatedOn, aliases: ["IN-1K"], parent: "ImageNet"));

        var entity = Assert.Single(Apply(record, Merge).Extraction.Entities);

        Assert.Equal(("dataset:imagenet", "ImageNet", null), (entity.Key, entity.Name, entity.Parent));
        Assert.Equal(["IN-1K", "ImageNet-1K"], entity.Aliases);
    }

    [Fact]
    public void Merge_into_an_entity_of_the_same_paper_unites_roles_and_mentions_without_duplicates()
    {
        var record = Record(
            Dataset("ImageNet", RelationType.EvaluatedOn, mentionAt: 36),
            Dataset("ImageNet-1K", RelationType.Mentions, mentionAt: 12) with { AdditionalRoles = [RelationType.EvaluatedOn] });

        var entity = Assert.Single(Apply(record, Merge).Extraction.Entities);

        Assert.Equal([RelationType.EvaluatedOn, RelationType.Mentions], entity.Roles);
        Assert.Equal([12, 36], entity.Mentions.Select(m => m.Start));
        Assert.Equal(["ImageNet-1K"], entity.Aliases);
    }

    [Fact]
    public void Merge_moves_results_on_the_merged_dataset_to_the_survivor()
    {
        var record = Record(Dataset("ImageNet-1K", RelationType.EvaluatedOn)) with { };
        record = record with { Extraction = record.Extraction with { Results = [Result("ImageNet-1K"), Result("CIFAR-10")] } };

        var results = Apply(record, Merge).Extraction.Results;

        Assert.Equal(["ImageNet", "CIFAR-10"], results.Select(r => r.Dataset));
    }

    [Fact]
    public void Merges_chain_in_the_order_they_were_decided()
    {
        var record = Record(Dataset("ImageNet-1K", RelationType.EvaluatedOn));

        var entity = Assert.Single(Apply(record, Merge, new MergeEntities("dataset:imagenet", "dataset:ilsvrc", "ILSVRC")).Extraction.Entities);

        Assert.Equal(("dataset:ilsvrc", "ILSVRC"), (entity.Key, entity.Name));
        Assert.Equal(["ImageNet-1K", "ImageNet"], entity.Aliases);
    }

    [Fact]
    public void Merge_points_variants_of_the_merged_entity_at_the_survivor()
    {
        var record = Record(Dataset("ImageNet-1K 64x64", RelationType.EvaluatedOn, parent: "ImageNet-1K"));

        var entity = Assert.Single(Apply(record, Merge).Extraction.Entities);

        Assert.Equal("ImageNet", entity.Parent);
    }

    [Fact]
    public void Rename_keeps_the_key_and_the_old_name_as_an_alias()
    {
        var record = Record(Dataset("ImageNet", RelationType.EvaluatedOn));

        var entity = Assert.Single(Apply(record, new RenameEntity("dataset:imagenet", "ImageNet (ILSVRC 2012)")).Extraction.Entities);

        Assert.Equal(("dataset:imagenet", "ImageNet (ILSVRC 2012)"), (entity.Key, entity.Name));
        Assert.Equal(["ImageNet"], entity.Aliases);
    }

    [Fact]
    public void Retype_changes_the_key_roles_and_mentions_and_drops_results_on_a_former_dataset()
    {
        var record = Record(Dataset("ID", RelationType.EvaluatedOn, mentionAt: 78));
        record = record with { Extraction = record.Extraction with { Results = [Result("ID")], Mentions = [Loose(EntityType.Dataset, "ID", 78)] } };

        var extraction = Apply(record, new RetypeEntity("dataset:id", EntityType.Task)).Extraction;

        var entity = Assert.Single(extraction.Entities);
        Assert.Equal(("task:id", RelationType.Addresses), (entity.Key, entity.Role));
        Assert.Equal(EntityType.Task, Assert.Single(entity.Mentions).Type);
        Assert.Equal(EntityType.Task, Assert.Single(extraction.Mentions).Type);
        Assert.Empty(extraction.Results);
    }

    [Fact]
    public void Not_an_entity_drops_the_entity_its_mentions_and_its_results()
    {
        var record = Record(Dataset("ID", RelationType.EvaluatedOn, mentionAt: 78), Dataset("ImageNet", RelationType.EvaluatedOn));
        record = record with { Extraction = record.Extraction with { Results = [Result("ID")], Mentions = [Loose(EntityType.Dataset, "ID", 78)] } };

        var extraction = Apply(record, new NotAnEntity("dataset:id")).Extraction;

        Assert.Equal(["dataset:imagenet"], extraction.Entities.Select(e => e.Key));
        Assert.Empty(extraction.Results);
        Assert.Empty(extraction.Mentions);
    }

    [Fact]
    public void Remove_relation_drops_one_role_of_that_paper_only()
    {
        var entity = Dataset("ImageNet", RelationType.EvaluatedOn) with { AdditionalRoles = [RelationType.Proposes] };
        var rule = new RemoveRelation("title:paper", "dataset:imagenet", RelationType.Proposes);

        Assert.Equal([RelationType.EvaluatedOn], Assert.Single(Apply(Record(entity), rule).Extraction.Entities).Roles);
        Assert.Equal(2, Assert.Single(Apply(Record(entity) with { Paper = new Paper("title:other", "Other", Text) }, rule).Extraction.Entities).Roles.Count());
    }

    [Fact]
    public void Removing_the_last_relation_drops_the_entity_from_the_paper()
    {
        var record = Record(Dataset("ImageNet", RelationType.EvaluatedOn));

        Assert.Empty(Apply(record, new RemoveRelation("title:paper", "dataset:imagenet", RelationType.EvaluatedOn)).Extraction.Entities);
    }

    [Fact]
    public void Add_relation_gives_that_paper_the_entity_under_its_key()
    {
        var record = Record(Dataset("ImageNet", RelationType.EvaluatedOn));

        var extraction = Apply(record, new AddRelation("title:paper", "method:resnet50", "ResNet-50", RelationType.Uses)).Extraction;

        var added = extraction.Entities[1];
        Assert.Equal(("method:resnet50", "ResNet-50", RelationType.Uses), (added.Key, added.Name, added.Role));
    }

    [Fact]
    public void Mark_variant_sets_a_parent_that_keys_to_the_parent()
    {
        var record = Record(Dataset("ImageNet-1K", RelationType.EvaluatedOn));

        var entity = Assert.Single(Apply(record, new MarkVariant("dataset:imagenet1k", "dataset:imagenet", "ImageNet")).Extraction.Entities);

        Assert.Equal("ImageNet", entity.Parent);
    }

    [Fact]
    public void Rules_about_other_entities_and_rejected_suggestions_leave_the_record_as_it_was()
    {
        var record = Record(Dataset("CIFAR-10", RelationType.EvaluatedOn));

        var applied = Apply(record, Merge, new NotAnEntity("dataset:id"), new RejectSuggestion(SuggestionKind.MergeCandidate, "dataset:cifar10", "dataset:cifar100"));

        Assert.Equal(record.Extraction.Entities, applied.Extraction.Entities);
    }

    private static readonly MergeEntities Merge = new("dataset:imagenet1k", "dataset:imagenet", "ImageNet");

    private static PaperRecord Apply(PaperRecord record, params CurationRule[] rules) => CurationRuleApplier.Apply(record, rules);

    private static PaperRecord Record(params ExtractedEntity[] entities) =>
        new(new Paper("title:paper", "Paper", Text), new PaperExtraction(entities, [], []));

    private static ExtractedEntity Dataset(string name, RelationType role, IReadOnlyList<string>? aliases = null, string? parent = null, int? mentionAt = null) =>
        new(EntityType.Dataset, name, role, aliases ?? [], parent, mentionAt is { } at ? [Loose(EntityType.Dataset, name, at)] : []);

    private static Mention Loose(EntityType type, string name, int at) => new(type, name, at, at + name.Length, 0, Text.Length);

    private static ExtractedResult Result(string dataset) => new(dataset, "top-1 accuracy", 80, "%", new Provenance(0, Text.Length, 50, 53));
}
