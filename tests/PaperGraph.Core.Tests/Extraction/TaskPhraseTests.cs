using PaperGraph.Core.Model;

namespace PaperGraph.Core.Tests.Extraction;

public sealed class TaskPhraseTests
{
    [Theory]
    [InlineData("Our lexicon improves parsing .", "parsing")]
    [InlineData("Errors made in tokenization propagate .", "tokenization")]
    public void Nlp_task_heads_name_a_task_on_their_own(string text, string task) =>
        Assert.Equal(task, OnlyTaskName(text));

    [Fact]
    public void A_task_head_before_a_noun_is_a_modifier_not_a_task() =>
        Assert.DoesNotContain(DefaultExtractor.Extract("The parsing model is small .").Entities, e => e.Type == EntityType.Task);

    [Theory]
    [InlineData("The parsing accuracy rises .", "parsing")]
    [InlineData("Rules help translation into Welsh .", "translation")]
    public void A_task_head_before_a_measure_or_direction_of_it_is_a_task(string text, string task) =>
        Assert.Equal(task, OnlyTaskName(text));

    [Fact]
    public void A_language_name_is_part_of_the_task_it_qualifies() =>
        Assert.Equal("Tamil sentence tagging", OnlyTaskName("We study Tamil sentence tagging ."));

    [Fact]
    public void A_capitalised_task_name_keeps_its_capitalised_words() =>
        Assert.Equal("dialog act segmentation", OnlyTaskName("We present results on Dialog Act Segmentation ."), ignoreCase: true);

    [Fact]
    public void A_capitalised_word_before_a_lower_case_head_is_not_part_of_the_task() =>
        Assert.Equal("clause segmentation", OnlyTaskName("Errors of Kestrel clause segmentation are rare ."), ignoreCase: true);

    [Theory]
    [InlineData("argument mining")]
    [InlineData("lexicon induction")]
    [InlineData("tweet normalization")]
    [InlineData("response scoring")]
    [InlineData("event extraction")]
    public void Nlp_task_heads_with_a_domain_word_name_tasks(string phrase) =>
        Assert.Equal(phrase, OnlyTaskName($"We focus on {phrase} ."), ignoreCase: true);

    [Theory]
    [InlineData("Our MT system is fast .", "machine translation")]
    [InlineData("Phrase tables help SMT a lot .", "statistical machine translation")]
    public void Machine_translation_abbreviations_name_translation_tasks(string text, string task) =>
        Assert.Equal(task, OnlyTaskName(text));

    private static string OnlyTaskName(string text) =>
        Assert.Single(DefaultExtractor.Extract(text).Entities, e => e.Type == EntityType.Task).Name;
}
