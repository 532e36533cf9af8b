using PaperGraph.Core.Evaluation;

namespace PaperGraph.Core.Tests.Evaluation;

public sealed class MentionScorerTests
{
    private static readonly MentionSpan CoNllDataSet = new(0, "DATASET", 10, 34);

    [Fact]
    public void Exact_needs_the_same_offsets_and_overlap_a_shared_character()
    {
        var evaluation = MentionScorer.Score([CoNllDataSet], [CoNllDataSet with { End = 17 }]);

        Assert.Equal(new SpanScore(0, 1, 0, 1), evaluation["dataset"].Exact);
        Assert.Equal(new SpanScore(1, 1, 1, 1), evaluation["dataset"].Overlap);
    }

    [Theory]
    [InlineData(1, "DATASET", 10, 34)]
    [InlineData(0, "TASK", 10, 34)]
    [InlineData(0, "DATASET", 34, 40)]
    public void Mention_on_another_line_of_another_type_or_only_touching_does_not_overlap(int line, string type, int start, int end) =>
        Assert.Equal(0, MentionScorer.Score([CoNllDataSet], [new MentionSpan(line, type, start, end)])["dataset"].Overlap.GoldMatched);

    [Fact]
    public void Duplicate_mentions_count_once() =>
        Assert.Equal(new SpanScore(1, 1, 1, 1), MentionScorer.Score([CoNllDataSet, CoNllDataSet], [CoNllDataSet, CoNllDataSet])["dataset"].Exact);

    [Fact]
    public void One_long_prediction_covering_two_gold_mentions_recalls_both()
    {
        var evaluation = MentionScorer.Score([new MentionSpan(0, "TASK", 0, 5), new MentionSpan(0, "TASK", 6, 12)], [new MentionSpan(0, "TASK", 0, 12)]);

        Assert.Equal(new SpanScore(1, 1, 2, 2), evaluation["task"].Overlap);
    }
}
