using System.Text.Json;
using System.Text.Json.Serialization;

namespace PaperGraph.Core.Curation;

/// <summary>The one stored form of a rule, shared by the stores and the CLI's --json: the "op" discriminator and enum
/// values by name, so reordering an enum never changes what a stored decision means.</summary>
public static class CurationRuleJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Write(CurationRule rule) => JsonSerializer.Serialize(rule, Options);

    public static CurationRule Read(string json) =>
        JsonSerializer.Deserialize<CurationRule>(json, Options) ?? throw new JsonException("A stored curation rule is empty.");
}
