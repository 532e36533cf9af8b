using PaperGraph.Core.Model;

namespace PaperGraph.Core.Tests.Extraction;

public sealed class NlpTaskTests
{
    [Fact]
    public void Topic_categorization_is_the_known_topic_classification_task()
    {
        var extraction = DefaultExtractor.Extract("RCV1 is for topic categorization.");

        var task = Assert.Single(extraction.Entities, e => e.Type == EntityType.Task);
        Assert.Equal("topic classification", task.Name);
    }

    [Fact]
    public void Categorization_heads_a_task_like_classification()
    {
        var extraction = DefaultExtractor.Extract("The corpus is used for genre categorization.");

        var task = Assert.Single(extraction.Entities, e => e.Type == EntityType.Task);
        Assert.Equal("genre categorization", task.Name, ignoreCase: true);
    }

    [Fact]
    public void Language_direction_is_part_of_a_translation_task()
    {
        var extraction = DefaultExtractor.Extract("We evaluate on the WMT 2014 English-to-German translation task.");

        var task = Assert.Single(extraction.Entities, e => e.Type == EntityType.Task);
        Assert.Equal("english-to-german translation", task.Name, ignoreCase: true);
    }

    [Fact]
    public void Reinforcement_learning_benchmark_task_is_known()
    {
        var extraction = DefaultExtractor.Extract("Agents are trained on MuJoCo continuous control tasks.");

        Assert.Contains(extraction.Entities, e => e is { Type: EntityType.Task, Name: "continuous control" });
    }

    [Fact]
    public void Words_before_task_name_an_unknown_task()
    {
        var extraction = DefaultExtractor.Extract("We evaluate on the sentence ordering task .");

        var task = Assert.Single(extraction.Entities, e => e.Type == EntityType.Task);
        Assert.Equal("sentence ordering", task.Name, ignoreCase: true);
    }

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
    public void Nlp_task_heads_with_a_domain_word_name_tasks(string phrase)
    {
        var extraction = DefaultExtractor.Extract($"We focus on {phrase} .");

        var task = Assert.Single(extraction.Entities, e => e.Type == EntityType.Task);
        Assert.Equal(phrase, task.Name, ignoreCase: true);
    }
}
