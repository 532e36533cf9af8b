using System.Collections;
using System.Globalization;
using System.Text;

namespace PaperGraph.Neo4j.Export;

/// <summary>Cypher literals for values a script must spell out (cypher-shell has no parameters per statement): strings
/// in single quotes with every character that could end or bend them escaped, numbers in invariant culture, lists and
/// maps of them.</summary>
public static class CypherLiteral
{
    public static string Of(object? value) => Append(new StringBuilder(), value).ToString();

    public static string String(string text) => AppendString(new StringBuilder(), text).ToString();

    private static StringBuilder Append(StringBuilder builder, object? value) => value switch
    {
        null => builder.Append("null"),
        string text => AppendString(builder, text),
        bool flag => builder.Append(flag ? "true" : "false"),
        int or long or short or byte => builder.Append(Convert.ToString(value, CultureInfo.InvariantCulture)),
        double number => builder.Append(Float(number)),
        float number => builder.Append(Float(number)),
        IDictionary map => AppendMap(builder, map),
        IEnumerable items => AppendList(builder, items),
        _ => throw new ArgumentException($"No Cypher literal for a {value.GetType().Name}.", nameof(value)),
    };

    /// <summary>Always a float literal ("3.0", not "3", which Cypher reads as an integer); Cypher exponents take no '+'.</summary>
    private static string Float(double number)
    {
        if (!double.IsFinite(number))
        {
            throw new ArgumentException("Cypher has no literal for NaN or infinity.", nameof(number));
        }
        var text = number.ToString("R", CultureInfo.InvariantCulture).Replace("E+", "E", StringComparison.Ordinal);
        return text.Contains('.') || text.Contains('E') ? text : text + ".0";
    }

    private static StringBuilder AppendString(StringBuilder builder, string text)
    {
        builder.Append('\'');
        for (var i = 0; i < text.Length; i++)
        {
            var character = text[i];
            if (char.IsHighSurrogate(character) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(character).Append(text[++i]);
                continue;
            }
            _ = character switch
            {
                '\\' => builder.Append(@"\\"),
                '\'' => builder.Append(@"\'"),
                '\n' => builder.Append(@"\n"),
                '\r' => builder.Append(@"\r"),
                '\t' => builder.Append(@"\t"),
                // Other control characters, line and paragraph separators and lone surrogate halves are spelled as code
                // units, so a statement stays on one line and the script stays valid UTF-8.
                _ when char.IsControl(character) || char.IsSurrogate(character) || character is '\u2028' or '\u2029'
                    => builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)character:X4}"),
                _ => builder.Append(character),
            };
        }
        return builder.Append('\'');
    }

    private static StringBuilder AppendList(StringBuilder builder, IEnumerable items)
    {
        builder.Append('[');
        var first = true;
        foreach (var item in items)
        {
            builder.Append(first ? "" : ", ");
            Append(builder, item);
            first = false;
        }
        return builder.Append(']');
    }

    private static StringBuilder AppendMap(StringBuilder builder, IDictionary map)
    {
        builder.Append('{');
        var first = true;
        foreach (DictionaryEntry entry in map)
        {
            builder.Append(first ? "" : ", ").Append(Key(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? "")).Append(": ");
            Append(builder, entry.Value);
            first = false;
        }
        return builder.Append('}');
    }

    /// <summary>A map key as a backquoted name, backquotes doubled, so any key is safe.</summary>
    private static string Key(string name) => $"`{name.Replace("`", "``", StringComparison.Ordinal)}`";
}
