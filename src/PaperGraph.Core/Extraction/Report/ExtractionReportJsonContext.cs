using System.Text.Json.Serialization;

namespace PaperGraph.Core.Extraction.Report;

/// <summary>Source-generated camelCase serializer for prediction lines; null members are omitted.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = false)]
[JsonSerializable(typeof(ExtractionReport))]
public sealed partial class ExtractionReportJsonContext : JsonSerializerContext;
