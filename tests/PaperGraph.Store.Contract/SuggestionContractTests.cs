using PaperGraph.Core.Graph;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;
using PaperGraph.Core.Suggestions;

namespace PaperGraph.Store.Contract;

public abstract partial class GraphStoreContractTests
{
    private static readonly PaperRecordBuilder Detector = PaperRecordBuilder.Paper("Fast object detection").Uses("ResNet").EvaluatedOn("COCO");
    private static readonly PaperRecordBuilder Segmenter = PaperRecordBuilder.Paper("Instance segmentation").Uses("ResNet").EvaluatedOn("CIFAR-10");
    private static readonly PaperRecordBuilder Parser = PaperRecordBuilder.Paper("Dependency parsing").Uses("BERT").EvaluatedOn("CIFAR-100");

    [ContractFact]
    public async Task Suggestions_for_a_node_come_back_best_first_from_either_end()
    {
        var store = await SuggestionStoreAsync();
        await store.ReplaceSuggestionsAsync(SuggestionKind.SimilarPaper,
        [
            Similar(Detector, Segmenter, 0.4, "resnet"),
            Similar(Parser, Detector, 0.7, "parsing"),
        ]);

        var found = await store.GetSuggestionsForAsync(Detector.Id, SuggestionKind.SimilarPaper);

        Assert.Equal([Parser.Id, Segmenter.Id], found.Select(s => s.SourceId == Detector.Id ? s.TargetId : s.SourceId));
        Assert.Equal(["parsing"], found[0].Reasons);
        Assert.Equal(0.7, found[0].Score, 6);
    }

    [ContractFact]
    public async Task Replacing_a_kind_drops_its_old_suggestions_and_keeps_other_kinds()
    {
        var store = await SuggestionStoreAsync();
        await store.ReplaceSuggestionsAsync(SuggestionKind.SimilarPaper, [Similar(Detector, Segmenter, 0.4)]);
        await store.ReplaceSuggestionsAsync(SuggestionKind.MergeCandidate, [Merge("dataset:cifar10", "dataset:cifar100", 0.2)]);

        await store.ReplaceSuggestionsAsync(SuggestionKind.SimilarPaper, [Similar(Detector, Parser, 0.3)]);

        var similar = await store.GetTopSuggestionsAsync(new SuggestionQuery(SuggestionKind.SimilarPaper));
        Assert.Equal(Parser.Id, Assert.Single(similar.Items).TargetId);
        Assert.Equal(1, (await store.GetTopSuggestionsAsync(new SuggestionQuery(SuggestionKind.MergeCandidate))).Total);
    }

    [ContractFact]
    public async Task A_replacement_of_many_thousand_rows_keeps_the_stored_ones_readable_from_either_end()
    {
        var store = await SuggestionStoreAsync();
        var absent = Enumerable.Range(0, 25_000).Select(i => Similar(Detector, PaperRecordBuilder.Paper($"Absent paper {i}"), 0.1));

        await store.ReplaceSuggestionsAsync(SuggestionKind.SimilarPaper, [.. absent, Similar(Parser, Segmenter, 0.6, "resnet")]);

        var found = await store.GetSuggestionsForAsync(Segmenter.Id, SuggestionKind.SimilarPaper);
        Assert.Equal(Parser.Id, Assert.Single(found).SourceId);
        Assert.Equal(1, (await store.GetTopSuggestionsAsync(new SuggestionQuery(SuggestionKind.SimilarPaper))).Total);
    }

    [ContractFact]
    public async Task Suggestions_between_nodes_the_store_lacks_are_not_stored()
    {
        var store = await SuggestionStoreAsync();

        await store.ReplaceSuggestionsAsync(SuggestionKind.MissingLink,
            [new Suggestion(SuggestionKind.MissingLink, "no-such-paper", "dataset:coco", 0.9, [], RelationType.EvaluatedOn)]);

        Assert.Equal(0, (await store.GetTopSuggestionsAsync(new SuggestionQuery(SuggestionKind.MissingLink))).Total);
    }

    [ContractFact]
    public async Task Top_suggestions_are_paged_best_first_with_the_total()
    {
        var store = await SuggestionStoreAsync();
        await store.ReplaceSuggestionsAsync(SuggestionKind.MissingLink,
        [
            Link(Detector, "dataset:cifar10", 0.5),
            Link(Segmenter, "dataset:coco", 0.9),
            Link(Parser, "method:resnet", 0.7),
        ]);

        var second = await store.GetTopSuggestionsAsync(new SuggestionQuery(SuggestionKind.MissingLink, Offset: 1, Limit: 1));

        Assert.Equal(3, second.Total);
        var only = Assert.Single(second.Items);
        Assert.Equal((Parser.Id, "method:resnet", RelationType.Uses), (only.SourceId, only.TargetId, only.Role));
    }

    [ContractFact]
    public async Task Top_suggestions_filter_by_the_entity_type()
    {
        var store = await SuggestionStoreAsync();
        await store.ReplaceSuggestionsAsync(SuggestionKind.MissingLink,
            [Link(Detector, "dataset:cifar10", 0.5), Link(Parser, "method:resnet", 0.7)]);

        var datasets = await store.GetTopSuggestionsAsync(new SuggestionQuery(SuggestionKind.MissingLink, EntityType: EntityType.Dataset));

        Assert.Equal("dataset:cifar10", Assert.Single(datasets.Items).TargetId);
        Assert.Equal(1, datasets.Total);
    }

    [ContractFact]
    public async Task A_removed_suggestion_goes_either_way_round_and_the_others_stay()
    {
        var store = await SuggestionStoreAsync();
        await store.ReplaceSuggestionsAsync(SuggestionKind.MergeCandidate,
            [Merge("dataset:cifar10", "dataset:cifar100", 0.6), Merge("dataset:coco", "dataset:cifar10", 0.1)]);

        await store.RemoveSuggestionAsync(SuggestionKind.MergeCandidate, "dataset:cifar100", "dataset:cifar10");

        var stored = await store.GetTopSuggestionsAsync(new SuggestionQuery(SuggestionKind.MergeCandidate));
        Assert.Equal("dataset:coco", Assert.Single(stored.Items).SourceId);
    }

    [ContractFact]
    public async Task A_removed_suggestion_is_stored_again_by_a_later_refresh_because_rejections_are_curation_rules()
    {
        var store = await SuggestionStoreAsync();
        var pair = Merge("dataset:cifar10", "dataset:cifar100", 0.6);
        await store.ReplaceSuggestionsAsync(SuggestionKind.MergeCandidate, [pair]);
        await store.RemoveSuggestionAsync(SuggestionKind.MergeCandidate, "dataset:cifar10", "dataset:cifar100");

        await store.ReplaceSuggestionsAsync(SuggestionKind.MergeCandidate, [pair]);

        Assert.Equal(1, (await store.GetTopSuggestionsAsync(new SuggestionQuery(SuggestionKind.MergeCandidate))).Total);
    }

    private async Task<ISuggestionStore> SuggestionStoreAsync() =>
        Assert.IsAssignableFrom<ISuggestionStore>(await StoreWithAsync(Detector, Segmenter, Parser));

    private static Suggestion Similar(PaperRecordBuilder from, PaperRecordBuilder to, double score, params string[] terms) =>
        new(SuggestionKind.SimilarPaper, from.Id, to.Id, score, terms);

    private static Suggestion Merge(string from, string into, double score) =>
        new(SuggestionKind.MergeCandidate, from, into, score, ["same fingerprint"]);

    private static Suggestion Link(PaperRecordBuilder paper, string entityKey, double score) =>
        new(SuggestionKind.MissingLink, paper.Id, entityKey, score, ["similar papers"],
            entityKey.StartsWith("method:", StringComparison.Ordinal) ? RelationType.Uses : RelationType.EvaluatedOn);
}
