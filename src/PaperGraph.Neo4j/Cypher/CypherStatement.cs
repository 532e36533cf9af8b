namespace PaperGraph.Neo4j.Cypher;

/// <summary>A fixed Cypher text, named, with sample parameters for the catalog and the linter. The text never
/// changes at run time: every value a user or a corpus supplies travels in the request's parameters.</summary>
public sealed record CypherStatement(string Name, string Text, IReadOnlyDictionary<string, object?> SampleParameters)
{
    public CypherRequest With(params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in parameters)
        {
            values[name] = value;
        }
        return new CypherRequest(this, values);
    }
}
