using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PaperGraph.Core.Extraction.Report;

/// <summary>Source-generated camelCase serializer for prediction lines; null members are omitted.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = false)]
[JsonSerializable(typeof(ExtractionReport))]
public sealed partial class ExtractionReportJsonContext : JsonSerializerContext
{
    /// <summary>For JSON Lines on a terminal or in a file: quotes and non-ASCII letters are written as
    /// they are ("Children's", "Fréchet"). Not for embedding in HTML.</summary>
    public static ExtractionReportJsonContext Lines { get; } =
        new(new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
}
