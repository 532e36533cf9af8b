using PaperGraph.Core.Curation;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Model;
using PaperGraph.Core.Suggestions;

namespace PaperGraph.Store.Contract;

public abstract partial class GraphStoreContractTests
{
    private static readonly IReadOnlyDictionary<string, long> NothingSeen = new Dictionary<string, long>();

    [ContractFact]
    public async Task Append_logs_the_decision_and_bumps_the_versions_of_its_entities()
    {
        var curation = Curation(await StoreWithAsync(PaperRecordBuilder.Paper("Paper A").EvaluatedOn("ImageNet-1K").EvaluatedOn("ImageNet")));

        var entry = await LogAsync(curation, Decision(new MergeEntities("dataset:imagenet1k", "dataset:imagenet", "ImageNet")), NothingSeen);

        Assert.Equal(("ann", "why not", true), (entry.Curator, entry.Note, entry.IsActive));
        var versions = await curation.GetEntityVersionsAsync(["dataset:imagenet1k", "dataset:imagenet", "dataset:cifar10"]);
        Assert.Equal([1L, 1L, 0L], [versions["dataset:imagenet1k"], versions["dataset:imagenet"], versions["dataset:cifar10"]]);
    }

    [ContractFact]
    public async Task Append_with_a_stale_version_fails_with_the_current_state_and_writes_nothing()
    {
        var curation = Curation(await CreateStoreAsync());
        var first = await LogAsync(curation, Decision(new RenameEntity("dataset:imagenet", "ImageNet-1k")), NothingSeen);

        var conflict = await Assert.ThrowsAsync<CurationConflictException>(() =>
            LogAsync(curation, Decision(new NotAnEntity("dataset:imagenet"), "bob"), new Dictionary<string, long> { ["dataset:imagenet"] = 0 }));

        Assert.Equal(1, conflict.CurrentVersions["dataset:imagenet"]);
        Assert.Equal(first.Id, conflict.Latest!.Id);
        Assert.Contains("ann", conflict.Message, StringComparison.Ordinal);
        Assert.Equal(1, (await curation.ReadLogAsync()).Total);
    }

    [ContractFact]
    public async Task Append_with_the_current_versions_succeeds()
    {
        var curation = Curation(await CreateStoreAsync());
        await LogAsync(curation, Decision(new RenameEntity("dataset:imagenet", "ImageNet-1k")), NothingSeen);

        await LogAsync(curation, Decision(new NotAnEntity("dataset:imagenet")), await curation.GetEntityVersionsAsync(["dataset:imagenet"]));

        Assert.Equal(2, (await curation.GetEntityVersionsAsync(["dataset:imagenet"]))["dataset:imagenet"]);
    }

    [ContractFact]
    public async Task Undone_decisions_name_who_undid_them_and_are_no_longer_active_rules()
    {
        var curation = Curation(await CreateStoreAsync());
        var kept = await LogAsync(curation, Decision(new NotAnEntity("dataset:id")), NothingSeen);
        var withdrawn = await LogAsync(curation, Decision(new RenameEntity("dataset:imagenet", "ImageNet (ILSVRC)")), NothingSeen);

        var undone = await UndoLogAsync(curation, withdrawn.Id, "bob", NothingSeen);

        Assert.Equal("bob", undone.Undone!.Curator);
        Assert.Equal("bob", (await curation.GetEntryAsync(withdrawn.Id))!.Undone!.Curator);
        Assert.Equal([kept.Rule], await curation.GetActiveRulesAsync());
        Assert.Equal(2, (await curation.GetEntityVersionsAsync(["dataset:imagenet"]))["dataset:imagenet"]);
    }

    [ContractFact]
    public async Task Undoing_an_undone_or_unknown_entry_is_refused()
    {
        var curation = Curation(await CreateStoreAsync());
        var entry = await LogAsync(curation, Decision(new NotAnEntity("dataset:id")), NothingSeen);
        await UndoLogAsync(curation, entry.Id, "bob", NothingSeen);

        await Assert.ThrowsAsync<CurationRequestException>(() => UndoLogAsync(curation, entry.Id, "bob", NothingSeen));
        await Assert.ThrowsAsync<CurationRequestException>(() => UndoLogAsync(curation, entry.Id + 100, "bob", NothingSeen));
    }

    [ContractFact]
    public async Task The_log_reads_newest_first_a_page_at_a_time()
    {
        var curation = Curation(await CreateStoreAsync());
        for (var i = 0; i < 5; i++)
        {
            await LogAsync(curation, Decision(new NotAnEntity($"dataset:d{i}")), NothingSeen);
        }

        var page = await curation.ReadLogAsync(offset: 1, limit: 2);

        Assert.Equal(5, page.Total);
        Assert.Equal([new NotAnEntity("dataset:d3"), new NotAnEntity("dataset:d2")], page.Entries.Select(e => e.Rule));
    }

    [ContractFact]
    public async Task Every_kind_of_rule_comes_back_as_it_was_written_oldest_first()
    {
        var curation = Curation(await CreateStoreAsync());
        CurationRule[] rules =
        [
            new MergeEntities("dataset:imagenet1k", "dataset:imagenet", "ImageNet"),
            new RenameEntity("method:resnet", "ResNet"),
            new RetypeEntity("method:coco", EntityType.Dataset),
            new NotAnEntity("dataset:id"),
            new RemoveRelation("title:paper-a", "dataset:cifar10", RelationType.EvaluatedOn),
            new AddRelation("title:paper-a", "dataset:cifar100", "CIFAR-100", RelationType.Mentions),
            new MarkVariant("dataset:imagenet32", "dataset:imagenet", "ImageNet"),
            new RejectSuggestion(SuggestionKind.MergeCandidate, "dataset:cifar10", "dataset:cifar100"),
        ];
        foreach (var rule in rules)
        {
            await LogAsync(curation, Decision(rule), NothingSeen);
        }

        Assert.Equal(rules, await curation.GetActiveRulesAsync());
    }

    [ContractFact]
    public async Task Linked_papers_include_those_reporting_on_the_entity_or_on_its_variants()
    {
        var user = PaperRecordBuilder.Paper("Uses ImageNet").EvaluatedOn("ImageNet");
        var results = PaperRecordBuilder.Paper("Results only").Reports("ImageNet", "top-1 accuracy", 80);
        var variant = PaperRecordBuilder.Paper("Variant").EvaluatedOn("ImageNet 32x32", "ImageNet");
        var curation = Curation(await StoreWithAsync(user, results, variant, PaperRecordBuilder.Paper("Other").EvaluatedOn("CIFAR-10")));

        var linked = await curation.GetLinkedPaperIdsAsync(["dataset:imagenet"]);

        Assert.Equal(new[] { user.Id, results.Id, variant.Id }.Order(), linked.Order());
    }

    [ContractFact]
    public async Task Find_lists_every_entity_a_name_could_mean()
    {
        var curation = Curation(await StoreWithAsync(
            PaperRecordBuilder.Paper("Paper A").EvaluatedOn("COCO").Uses("COCO"), PaperRecordBuilder.Paper("Paper B").EvaluatedOn("CIFAR-10")));

        var found = await curation.FindEntitiesAsync("coco");

        Assert.Equal(["dataset:coco", "method:coco"], found.Select(e => e.Key).Order());
    }

    [ContractFact]
    public async Task A_decision_writes_its_rewrite_moving_relations_forgetting_old_names_and_removing_orphans()
    {
        var variant = PaperRecordBuilder.Paper("Paper A").EvaluatedOn("ImageNet-1K");
        var store = await StoreWithAsync(variant, PaperRecordBuilder.Paper("Paper B").EvaluatedOn("ImageNet"));
        var curation = Curation(store);
        var merged = PaperAMergedIntoImageNet();

        var written = await curation.AppendAsync(Decision(ImageNetMerge), NothingSeen,
            new CurationRewrite(ImageNetMerge.EntityKeys(), [merged, PaperRecordBuilder.Paper("Paper B").EvaluatedOn("ImageNet").Build()]));

        Assert.Equal(1, written.EntitiesRemoved);
        Assert.Null(await store.GetEntityAsync("dataset:imagenet1k"));
        var page = await store.GetEntityAsync("dataset:imagenet");
        Assert.Equal(2, page!.TotalPapers);
        Assert.Equal(["ImageNet-1K"], page.Aliases);

        await curation.MarkUndoneAsync(written.Entry.Id, "bob", NothingSeen,
            new CurationRewrite(ImageNetMerge.EntityKeys(), [variant.Build(), PaperRecordBuilder.Paper("Paper B").EvaluatedOn("ImageNet").Build()]));

        Assert.Empty((await store.GetEntityAsync("dataset:imagenet"))!.Aliases);
        Assert.Equal(1, (await store.GetEntityAsync("dataset:imagenet1k"))!.TotalPapers);
    }

    [ContractFact]
    public async Task A_rewrite_gives_an_entity_the_canonical_name_its_papers_now_give()
    {
        var store = await StoreWithAsync(PaperRecordBuilder.Paper("Paper A").EvaluatedOn("ImageNet"));
        var renamed = PaperRecordBuilder.Paper("Paper A").EvaluatedOn("ImageNet").Build();
        var entity = renamed.Extraction.Entities[0] with { Name = "ImageNet (ILSVRC)", KeyName = "imagenet", Aliases = ["ImageNet"] };
        renamed = renamed with { Extraction = renamed.Extraction with { Entities = [entity] } };

        var rename = new RenameEntity("dataset:imagenet", "ImageNet (ILSVRC)");
        await Curation(store).AppendAsync(Decision(rename), NothingSeen, new CurationRewrite(rename.EntityKeys(), [renamed]));

        Assert.Equal("ImageNet (ILSVRC)", (await store.GetEntityAsync("dataset:imagenet"))!.Entity.Name);
    }

    [ContractFact]
    public async Task A_decision_whose_rewrite_fails_midway_leaves_neither_its_entry_nor_any_change()
    {
        var store = await StoreWithAsync(PaperRecordBuilder.Paper("Paper A").EvaluatedOn("ImageNet-1K"), PaperRecordBuilder.Paper("Paper B").EvaluatedOn("ImageNet"));
        var curation = Curation(store);
        var merged = PaperAMergedIntoImageNet();
        var failing = new PaperRecordsThatFail([merged, PaperRecordBuilder.Paper("Paper B").EvaluatedOn("ImageNet").Build()]);

        await Assert.ThrowsAsync<IOException>(() => curation.AppendAsync(Decision(ImageNetMerge), NothingSeen, new CurationRewrite(ImageNetMerge.EntityKeys(), failing)));

        Assert.Equal(0, (await curation.ReadLogAsync()).Total);
        Assert.Equal(0, (await curation.GetEntityVersionsAsync(["dataset:imagenet1k"]))["dataset:imagenet1k"]);
        Assert.Equal(1, (await store.GetEntityAsync("dataset:imagenet1k"))!.TotalPapers);
        Assert.Empty((await store.GetEntityAsync("dataset:imagenet"))!.Aliases);
    }

    [ContractFact]
    public async Task An_undo_whose_rewrite_fails_midway_leaves_the_decision_active_and_its_effect_in_place()
    {
        var unmerged = PaperRecordBuilder.Paper("Paper A").EvaluatedOn("ImageNet-1K");
        var store = await StoreWithAsync(unmerged, PaperRecordBuilder.Paper("Paper B").EvaluatedOn("ImageNet"));
        var curation = Curation(store);
        var merged = PaperAMergedIntoImageNet();
        var other = PaperRecordBuilder.Paper("Paper B").EvaluatedOn("ImageNet").Build();
        var entry = (await curation.AppendAsync(Decision(ImageNetMerge), NothingSeen, new CurationRewrite(ImageNetMerge.EntityKeys(), [merged, other]))).Entry;

        await Assert.ThrowsAsync<IOException>(() => curation.MarkUndoneAsync(entry.Id, "bob", NothingSeen,
            new CurationRewrite(ImageNetMerge.EntityKeys(), new PaperRecordsThatFail([unmerged.Build(), other]))));

        Assert.True((await curation.GetEntryAsync(entry.Id))!.IsActive);
        Assert.Equal(1, (await curation.GetEntityVersionsAsync(["dataset:imagenet"]))["dataset:imagenet"]);
        Assert.Null(await store.GetEntityAsync("dataset:imagenet1k"));
        Assert.Equal(["ImageNet-1K"], (await store.GetEntityAsync("dataset:imagenet"))!.Aliases);
    }

    private static readonly MergeEntities ImageNetMerge = new("dataset:imagenet1k", "dataset:imagenet", "ImageNet");

    /// <summary>Paper A, evaluated on ImageNet-1K, as the merge into ImageNet rebuilds it.</summary>
    private static PaperRecord PaperAMergedIntoImageNet() =>
        PaperRecordBuilder.Paper("Paper A").With(EntityType.Dataset, "ImageNet", RelationType.EvaluatedOn, ["ImageNet-1K"]).Build();

    /// <summary>A decision written to the log alone, for tests of the log itself.</summary>
    private static async Task<CurationEntry> LogAsync(ICurationStore curation, NewCurationEntry entry, IReadOnlyDictionary<string, long> seen) =>
        (await curation.AppendAsync(entry, seen, CurationRewrite.None)).Entry;

    private static async Task<CurationEntry> UndoLogAsync(ICurationStore curation, long entryId, string curator, IReadOnlyDictionary<string, long> seen) =>
        (await curation.MarkUndoneAsync(entryId, curator, seen, CurationRewrite.None)).Entry;

    private static ICurationStore Curation(IGraphStore store) =>
        Assert.IsAssignableFrom<ICurationStore>(store);

    private static NewCurationEntry Decision(CurationRule rule, string curator = "ann") => new(rule, curator, "why not", []);
}
