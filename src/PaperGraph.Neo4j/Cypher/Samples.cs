namespace PaperGraph.Neo4j.Cypher;

/// <summary>Builds the sample parameters a statement is listed with in the catalog.</summary>
internal static class Samples
{
    public static IReadOnlyDictionary<string, object?> Of(params (string Name, object? Value)[] parameters) =>
        parameters.ToDictionary(parameter => parameter.Name, parameter => parameter.Value, StringComparer.Ordinal);

    /// <summary>A row of an <c>UNWIND $rows</c> statement.</summary>
    public static Dictionary<string, object?> Row(params (string Name, object? Value)[] fields) =>
        fields.ToDictionary(field => field.Name, field => field.Value, StringComparer.Ordinal);
}
