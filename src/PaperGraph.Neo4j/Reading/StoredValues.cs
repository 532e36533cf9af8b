using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;
using PaperGraph.Neo4j.Cypher;
using PaperGraph.Neo4j.Http;

namespace PaperGraph.Neo4j.Reading;

/// <summary>How result rows map to the contract's records; field names match the statements' RETURN aliases.</summary>
internal static class StoredValues
{
    public static EntityRef Entity(this QueryRecord record, string prefix = "")
    {
        var (key, type, name) = prefix.Length == 0 ? ("key", "type", "name") : (prefix + "Key", prefix + "Type", prefix + "Name");
        return new EntityRef(record.String(key), GraphNames.EntityTypeOf(record.String(type)), record.String(name));
    }

    public static PaperSummary PaperSummary(this QueryRecord record) =>
        new(record.String("id"), record.String("title"), record.NullableInt("year"));

    /// <summary>A stored setting of "" is the dataset's standard setting, which the contract calls null.</summary>
    public static ResultContext ResultContext(this QueryRecord record)
    {
        var setting = record.NullableString("setting");
        return new ResultContext(record.NullableString("qualifier") ?? "", record.NullableString("condition"),
            string.IsNullOrEmpty(setting) ? null : setting, record.Bool("isCost"))
        {
            WrittenValue = record.NullableString("valueText"),
        };
    }

    public static Provenance Provenance(this QueryRecord record) =>
        new(record.Int("sentenceStart"), record.Int("sentenceEnd"), record.Int("spanStart"), record.Int("spanEnd"));

    /// <summary>The sentence a result came from; empty when stored offsets do not fit the abstract.</summary>
    public static string SentenceOf(string text, Provenance provenance) =>
        provenance.SentenceStart >= 0 && provenance.SentenceStart <= provenance.SentenceEnd && provenance.SentenceEnd <= text.Length
            ? provenance.SentenceOf(text)
            : "";

    /// <summary>Newest first (unknown years last), then by title: the order of every paper list.</summary>
    public static IOrderedEnumerable<T> NewestFirst<T>(this IEnumerable<T> items, Func<T, PaperSummary> paper) =>
        items.OrderBy(item => paper(item).Year is null).ThenByDescending(item => paper(item).Year).ThenBy(item => paper(item).Title, StringComparer.Ordinal);
}
