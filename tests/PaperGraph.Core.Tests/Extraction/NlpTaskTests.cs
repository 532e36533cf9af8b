using PaperGraph.Core.Model;

namespace PaperGraph.Core.Tests.Extraction;

public sealed class NlpTaskTests
{
    [Fact]
    public void Topic_categorization_is_the_known_topic_classification_task() =>
        Assert.Equal("topic classification", OnlyTaskName("RCV1 is for topic categorization."));

    [Fact]
    public void Categorization_heads_a_task_like_classification() =>
        Assert.Equal("genre categorization", OnlyTaskName("The corpus is used for genre categorization."), ignoreCase: true);

    [Fact]
    public void Language_direction_is_part_of_a_translation_task() =>
        Assert.Equal("english-to-german translation", OnlyTaskName("We evaluate on the WMT 2014 English-to-German translation task."), ignoreCase: true);

    [Fact]
    public void Reinforcement_learning_benchmark_task_is_known()
    {
        var extraction = DefaultExtractor.Extract("Agents are trained on MuJoCo continuous control tasks.");

        Assert.Contains(extraction.Entities, e => e is { Type: EntityType.Task, Name: "continuous control" });
    }

    [Fact]
    public void Words_before_task_name_an_unknown_task() =>
        Assert.Equal("sentence ordering", OnlyTaskName("We evaluate on the sentence ordering task ."), ignoreCase: true);

    [Fact]
    public void Task_inside_a_hyphenated_quality_names_no_task()
    {
        var extraction = DefaultExtractor.Extract("It often outperforms fine-grained task-specific models .");

        Assert.DoesNotContain(extraction.Entities, e => e.Type == EntityType.Task);
    }

    [Theory]
    [InlineData("sentence simplification")]
    [InlineData("spelling correction")]
    [InlineData("document ranking")]
    [InlineData("sequence labeling")]
    public void Nlp_task_heads_with_a_domain_word_name_tasks(string phrase) =>
        Assert.Equal(phrase, OnlyTaskName($"We focus on {phrase} ."), ignoreCase: true);

    private static string OnlyTaskName(string text) =>
        Assert.Single(DefaultExtractor.Extract(text).Entities, e => e.Type == EntityType.Task).Name;
}
