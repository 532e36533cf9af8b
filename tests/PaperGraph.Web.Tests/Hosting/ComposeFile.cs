using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace PaperGraph.Web.Tests.Hosting;

/// <summary>The parts of a Compose file the tests check; other keys are ignored.</summary>
public sealed record ComposeFile
{
    public Dictionary<string, ComposeService> Services { get; init; } = [];

    public Dictionary<string, object?> Volumes { get; init; } = [];

    public static ComposeFile Read(string path) => new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build()
        .Deserialize<ComposeFile>(File.ReadAllText(path));
}

public sealed record ComposeService
{
    public string? Image { get; init; }

    /// <summary>A build context path, or a mapping with <c>context</c> and <c>dockerfile</c>.</summary>
    public object? Build { get; init; }

    public List<string> Ports { get; init; } = [];

    public Dictionary<string, string> Environment { get; init; } = [];

    public List<string> Volumes { get; init; } = [];

    public ComposeHealthcheck? Healthcheck { get; init; }

    public Dictionary<string, ComposeDependency> DependsOn { get; init; } = [];
}

public sealed record ComposeHealthcheck
{
    public List<string> Test { get; init; } = [];
}

public sealed record ComposeDependency
{
    public string? Condition { get; init; }
}
