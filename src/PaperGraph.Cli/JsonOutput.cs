using System.Text.Json;
using System.Text.Json.Serialization;

namespace PaperGraph.Cli;

/// <summary>The JSON written by <c>--json</c>: camelCase names, enums as names, indented.</summary>
internal static class JsonOutput
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static void Write<T>(CliConsole console, T value) =>
        console.Output.WriteLine(JsonSerializer.Serialize(value, Options));
}
