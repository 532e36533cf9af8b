namespace PaperGraph.Neo4j.Writing;

/// <summary>One row of an <c>UNWIND $rows</c> statement: field names as the statement reads them (<c>row.key</c>).</summary>
internal static class ParameterRow
{
    public static Dictionary<string, object?> Of(params (string Name, object? Value)[] fields) =>
        fields.ToDictionary(field => field.Name, field => field.Value, StringComparer.Ordinal);
}
