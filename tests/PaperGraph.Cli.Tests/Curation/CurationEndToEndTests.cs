using PaperGraph.Core.Curation;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;
using PaperGraph.Core.Suggestions;
using PaperGraph.Ml;

namespace PaperGraph.Cli.Tests.Curation;

/// <summary>Curation on a real SQLite file holding the sample corpus: each operation shows in the graph, undo restores
/// exactly what was there, and re-importing keeps every decision.</summary>
public sealed class CurationEndToEndTests
{
    private const string ImageNet = "dataset:imagenet";
    private const string ImageNet1K = "dataset:imagenet1k";
    private const string FalseId = "dataset:indomain";

    [Fact]
    public async Task Merge_moves_every_paper_of_ImageNet_1K_to_ImageNet_and_keeps_its_names_as_aliases()
    {
        await using var sample = await CuratedSample.ImportAsync();
        var merged = (await sample.Store.GetEntityAsync(ImageNet1K, 1000))!.Papers.Select(p => p.Paper.Id).ToHashSet();

        var outcome = await sample.Curation.MergeAsync("ImageNet-1K", "ImageNet", CuratedSample.Ann);

        Assert.Null(await sample.Store.GetEntityAsync(ImageNet1K));
        var survivor = (await sample.Store.GetEntityAsync(ImageNet, 1000))!;
        Assert.Subset(survivor.Papers.Select(p => p.Paper.Id).ToHashSet(), merged);
        Assert.Contains("ImageNet-1K", survivor.Aliases);
        Assert.Equal(ImageNet, (await sample.Store.ResolveEntityAsync("IN-1K"))!.Key);
        Assert.Equal(("ann", 1), (outcome.Entry.Curator, outcome.EntitiesRemoved));
    }

    [Fact]
    public async Task Undoing_a_merge_restores_pages_aliases_relations_and_leaderboards_exactly()
    {
        await using var sample = await CuratedSample.ImportAsync();
        var before = await sample.SnapshotAsync(ImageNet, ImageNet1K);
        await sample.Curation.MergeAsync(ImageNet1K, ImageNet, CuratedSample.Ann);
        Assert.NotEqual(before, await sample.SnapshotAsync(ImageNet, ImageNet1K));

        var undo = await sample.Curation.UndoAsync(null, new CurationRequest("bob"));

        Assert.Equal(before, await sample.SnapshotAsync(ImageNet, ImageNet1K));
        Assert.Equal("bob", undo.Entry.Undone!.Curator);
    }

    [Fact]
    public async Task Splitting_one_merge_keeps_a_later_one()
    {
        await using var sample = await CuratedSample.ImportAsync();
        var first = await sample.Curation.MergeAsync(ImageNet1K, ImageNet, CuratedSample.Ann);
        await sample.Curation.MergeAsync("CIFAR-100", "CIFAR-10", CuratedSample.Ann);

        await sample.Curation.SplitAsync(first.Entry.Id, CuratedSample.Ann);

        Assert.NotNull(await sample.Store.GetEntityAsync(ImageNet1K));
        Assert.Null(await sample.Store.GetEntityAsync("dataset:cifar100"));
    }

    [Fact]
    public async Task Not_an_entity_removes_the_false_dataset_and_its_undo_brings_it_back_as_it_was()
    {
        await using var sample = await CuratedSample.ImportAsync();
        var before = await sample.SnapshotAsync(FalseId);

        await sample.Curation.MarkNotAnEntityAsync("ID", CuratedSample.Ann);
        Assert.Null(await sample.Store.GetEntityAsync(FalseId));
        await sample.Curation.UndoAsync(null, CuratedSample.Ann);

        Assert.Equal(before, await sample.SnapshotAsync(FalseId));
    }

    [Fact]
    public async Task Re_importing_the_corpus_keeps_merges_and_removals()
    {
        await using var sample = await CuratedSample.ImportAsync();
        await sample.Curation.MergeAsync(ImageNet1K, ImageNet, CuratedSample.Ann);
        await sample.Curation.MarkNotAnEntityAsync(FalseId, CuratedSample.Ann);
        var curated = await sample.SnapshotAsync(ImageNet, ImageNet1K, FalseId);

        await sample.ImportAgainAsync();

        Assert.Null(await sample.Store.GetEntityAsync(ImageNet1K));
        Assert.Null(await sample.Store.GetEntityAsync(FalseId));
        Assert.Equal(curated, await sample.SnapshotAsync(ImageNet, ImageNet1K, FalseId));
    }

    [Fact]
    public async Task Rename_and_retype_show_at_once_and_undo_restores_them()
    {
        await using var sample = await CuratedSample.ImportAsync();
        var before = await sample.SnapshotAsync(ImageNet, "method:imagenet");

        await sample.Curation.RenameAsync(ImageNet, "ImageNet (ILSVRC)", CuratedSample.Ann);
        Assert.Equal("ImageNet (ILSVRC)", (await sample.Store.GetEntityAsync(ImageNet))!.Entity.Name);
        await sample.Curation.RetypeAsync(ImageNet, EntityType.Method, CuratedSample.Ann);
        Assert.Equal(EntityType.Method, (await sample.Store.GetEntityAsync("method:imagenet"))!.Entity.Type);
        await sample.Curation.UndoAsync(null, CuratedSample.Ann);
        await sample.Curation.UndoAsync(null, CuratedSample.Ann);

        Assert.Equal(before, await sample.SnapshotAsync(ImageNet, "method:imagenet"));
    }

    [Fact]
    public async Task A_removed_relation_goes_and_an_accepted_link_comes_on_that_paper_only()
    {
        await using var sample = await CuratedSample.ImportAsync();
        var paper = (await sample.Store.GetEntityAsync(ImageNet1K, 1000))!.Papers[0].Paper.Id;

        await sample.Curation.RemoveRelationAsync(paper, ImageNet1K, RelationType.EvaluatedOn, CuratedSample.Ann);
        await sample.Curation.AcceptLinkAsync(paper, "CIFAR-10", RelationType.EvaluatedOn, CuratedSample.Ann);

        var links = (await sample.Store.GetPaperAsync(paper))!.Entities;
        Assert.DoesNotContain(links, l => l.Entity.Key == ImageNet1K && l.Role == RelationType.EvaluatedOn);
        Assert.Contains(links, l => l.Entity.Key == "dataset:cifar10" && l.Role == RelationType.EvaluatedOn);
    }

    [Fact]
    public async Task A_decision_on_versions_someone_changed_meanwhile_fails_and_changes_nothing()
    {
        await using var sample = await CuratedSample.ImportAsync();
        var seen = await sample.Curation.GetVersionsAsync([ImageNet1K, ImageNet]);
        await sample.Curation.RenameAsync(ImageNet, "ImageNet (ILSVRC)", new CurationRequest("bob", SeenVersions: seen));
        var afterBob = await sample.SnapshotAsync(ImageNet, ImageNet1K);

        var conflict = await Assert.ThrowsAsync<CurationConflictException>(() =>
            sample.Curation.MergeAsync(ImageNet1K, ImageNet, new CurationRequest("ann", SeenVersions: seen)));

        Assert.Contains("bob", conflict.Message, StringComparison.Ordinal);
        Assert.IsType<RenameEntity>(conflict.Latest!.Rule);
        Assert.Equal(afterBob, await sample.SnapshotAsync(ImageNet, ImageNet1K));
    }

    [Fact]
    public async Task A_rejected_merge_candidate_stays_an_active_rule_and_changes_nothing()
    {
        await using var sample = await CuratedSample.ImportAsync();
        var before = await sample.SnapshotAsync("dataset:cifar10", "dataset:cifar100");

        var outcome = await sample.Curation.RejectSuggestionAsync(SuggestionKind.MergeCandidate, "dataset:cifar10", "dataset:cifar100", CuratedSample.Ann);

        Assert.Equal(0, outcome.PapersRebuilt);
        Assert.Contains(new RejectSuggestion(SuggestionKind.MergeCandidate, "dataset:cifar10", "dataset:cifar100"),
            await ((ICurationRuleSource)sample.Store).GetActiveRulesAsync());
        Assert.Equal(before, await sample.SnapshotAsync("dataset:cifar10", "dataset:cifar100"));
    }

    [Fact]
    public async Task A_rejected_suggestion_leaves_the_stored_queue_at_once()
    {
        await using var sample = await CuratedSample.ImportAsync();
        var suggestions = (ISuggestionStore)sample.Store;
        await suggestions.ReplaceSuggestionsAsync(SuggestionKind.MergeCandidate,
            [new Suggestion(SuggestionKind.MergeCandidate, "dataset:cifar10", "dataset:cifar100", 0.9, ["similar names"])]);

        await sample.Curation.RejectSuggestionAsync(SuggestionKind.MergeCandidate, "dataset:cifar10", "dataset:cifar100", CuratedSample.Ann);

        Assert.Empty(await suggestions.GetSuggestionsForAsync("dataset:cifar10", SuggestionKind.MergeCandidate));
    }

    [Fact]
    public async Task A_merge_cancelled_while_rebuilding_its_papers_leaves_neither_an_entry_nor_any_change()
    {
        await using var sample = await CuratedSample.ImportAsync();
        var before = await sample.SnapshotAsync(ImageNet, ImageNet1K);
        using var cancellation = new CancellationTokenSource();
        var cancelMidway = new CancelWhenRebuilding(cancellation, afterPapers: 2);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            sample.Curation.MergeAsync(ImageNet1K, ImageNet, CuratedSample.Ann with { Progress = cancelMidway }, cancellation.Token));

        Assert.True(cancelMidway.Cancelled);
        Assert.Equal(0, (await sample.Curation.GetLogAsync()).Total);
        Assert.Equal(before, await sample.SnapshotAsync(ImageNet, ImageNet1K));
    }

    [Fact]
    public async Task A_merge_reports_its_progress_through_every_touched_paper()
    {
        await using var sample = await CuratedSample.ImportAsync();
        var reports = new List<CurationProgress>();

        var outcome = await sample.Curation.MergeAsync(ImageNet1K, ImageNet, CuratedSample.Ann with { Progress = new Recorded(reports) });

        var rebuilding = reports.Where(r => r.Stage == "rebuilding papers").ToList();
        Assert.Equal(Enumerable.Range(0, outcome.PapersRebuilt), rebuilding.Select(r => r.Done));
        Assert.Equal(new CurationProgress("done", outcome.PapersRebuilt, outcome.PapersRebuilt), reports[^1]);
    }

    [Fact]
    public async Task Undoing_a_rejection_lets_the_next_refresh_offer_the_suggestion_again()
    {
        await using var sample = await CuratedSample.ImportAsync();
        var top = await RefreshMergeCandidatesAsync(sample);
        var rejection = await sample.Curation.RejectSuggestionAsync(SuggestionKind.MergeCandidate, top.SourceId, top.TargetId, CuratedSample.Ann);
        Assert.DoesNotContain(await RefreshMergeCandidatesListAsync(sample), s => SamePair(s, top));

        await sample.Curation.UndoAsync(rejection.Entry.Id, CuratedSample.Ann);

        Assert.Contains(await RefreshMergeCandidatesListAsync(sample), s => SamePair(s, top));
    }

    [Fact]
    public async Task A_rejection_survives_a_re_import_and_the_refresh_after_it()
    {
        await using var sample = await CuratedSample.ImportAsync();
        var top = await RefreshMergeCandidatesAsync(sample);
        await sample.Curation.RejectSuggestionAsync(SuggestionKind.MergeCandidate, top.SourceId, top.TargetId, CuratedSample.Ann);

        await sample.ImportAgainAsync();

        Assert.DoesNotContain(await RefreshMergeCandidatesListAsync(sample), s => SamePair(s, top));
    }

    [Fact]
    public async Task Mark_variant_links_the_child_and_undo_unlinks_it()
    {
        await using var sample = await CuratedSample.ImportAsync();
        var before = await sample.SnapshotAsync("dataset:cifar100", "dataset:cifar10");

        await sample.Curation.MarkVariantAsync("CIFAR-100", "CIFAR-10", CuratedSample.Ann);
        Assert.Equal("dataset:cifar10", (await sample.Store.GetEntityAsync("dataset:cifar100"))!.Parent!.Key);
        await sample.Curation.UndoAsync(null, CuratedSample.Ann);

        Assert.Equal(before, await sample.SnapshotAsync("dataset:cifar100", "dataset:cifar10"));
    }

    [Fact]
    public async Task Unknown_entities_and_self_merges_are_refused_with_a_clear_message()
    {
        await using var sample = await CuratedSample.ImportAsync();

        var unknown = await Assert.ThrowsAsync<CurationRequestException>(() => sample.Curation.MergeAsync("NoSuchSet", ImageNet, CuratedSample.Ann));
        var self = await Assert.ThrowsAsync<CurationRequestException>(() => sample.Curation.MergeAsync("ImageNet", ImageNet, CuratedSample.Ann));

        Assert.Contains("NoSuchSet", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("same entity", self.Message, StringComparison.Ordinal);
        Assert.Equal(0, (await sample.Curation.GetLogAsync()).Total);
    }

    private static async Task<Suggestion> RefreshMergeCandidatesAsync(CuratedSample sample) =>
        (await RefreshMergeCandidatesListAsync(sample))[0];

    /// <summary>Runs <c>suggest refresh</c> for merge candidates and reads every stored one, best first.</summary>
    private static async Task<IReadOnlyList<Suggestion>> RefreshMergeCandidatesListAsync(CuratedSample sample)
    {
        await sample.Get<SuggestionEngine>().RefreshAsync(new HashSet<SuggestionKind> { SuggestionKind.MergeCandidate });
        var page = await ((ISuggestionStore)sample.Store).GetTopSuggestionsAsync(
            new SuggestionQuery(SuggestionKind.MergeCandidate, 0, ISuggestionStore.MaxPageSize));
        return page.Items;
    }

    private static bool SamePair(Suggestion a, Suggestion b) =>
        SuggestionPair.Of(a.SourceId, a.TargetId) == SuggestionPair.Of(b.SourceId, b.TargetId);

    /// <summary>Cancels the operation once it has rebuilt some papers, as a curator pressing Ctrl+C would; reports come
    /// synchronously, unlike <see cref="Progress{T}"/>'s.</summary>
    private sealed class CancelWhenRebuilding(CancellationTokenSource cancellation, int afterPapers) : IProgress<CurationProgress>
    {
        public bool Cancelled => cancellation.IsCancellationRequested;

        public void Report(CurationProgress value)
        {
            if (value.Stage == "rebuilding papers" && value.Done >= afterPapers)
            {
                cancellation.Cancel();
            }
        }
    }

    private sealed class Recorded(List<CurationProgress> reports) : IProgress<CurationProgress>
    {
        public void Report(CurationProgress value) => reports.Add(value);
    }
}
