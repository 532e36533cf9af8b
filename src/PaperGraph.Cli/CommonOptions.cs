using System.CommandLine;
using PaperGraph.Core.Corpus;

namespace PaperGraph.Cli;

/// <summary>Options shared by several commands, built fresh for each (an option belongs to one command).</summary>
internal static class CommonOptions
{
    public static Option<bool> Json() => new("--json")
    {
        Description = "Write the result as JSON on standard output instead of a table",
    };

    public static Option<int> Limit(int defaultValue, string description) => PositiveInt("--limit", defaultValue, description, "-n");

    /// <summary>An integer option that must be at least 1.</summary>
    public static Option<int> PositiveInt(string name, int defaultValue, string description, params string[] aliases)
    {
        var option = new Option<int>(name, aliases)
        {
            Description = description,
            HelpName = "N",
            DefaultValueFactory = _ => defaultValue,
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError($"{name} must be at least 1.");
            }
        });
        return option;
    }

    /// <summary><c>--format</c> limited to <paramref name="formats"/>; null when not given (detect).</summary>
    public static Option<string?> Format(string description, params string[] formats)
    {
        var option = new Option<string?>("--format", "-f") { Description = description, HelpName = "FORMAT" };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    public static CorpusFormat? ParseFormat(string? name) => name is null ? null : CorpusFormatNames.Parse(name);
}
