using System.Text.Json;
using Microsoft.Data.Sqlite;
using PaperGraph.Core.Graph.Queries;
using PaperGraph.Core.Model;

namespace PaperGraph.Sqlite;

/// <summary>How rows of the schema map to the contract's records. Column lists here match the readers below.</summary>
internal static class StoredRows
{
    /// <summary>How deep variant chains (parent_pk) are walked, writing or reading: a cycle in a damaged
    /// file then ends the walk instead of looping.</summary>
    public const int MaxVariantDepth = 64;

    /// <summary>Select list for <see cref="ReadEntity"/>, given the entities table alias.</summary>
    public static string EntityColumns(string alias) => $"{alias}.key, {alias}.type, {alias}.name";

    public static EntityRef ReadEntity(SqliteDataReader reader, int first) =>
        new(reader.GetString(first), Enum.Parse<EntityType>(reader.GetString(first + 1)), reader.GetString(first + 2));

    /// <summary>Select list for <see cref="ReadPaperSummary"/>, given the papers table alias.</summary>
    public static string PaperSummaryColumns(string alias) => $"{alias}.id, {alias}.title, {alias}.year";

    public static PaperSummary ReadPaperSummary(SqliteDataReader reader, int first) =>
        new(reader.GetString(first), reader.GetString(first + 1), reader.GetNullableInt32(first + 2));

    public static string PaperColumns(string alias) =>
        $"{alias}.id, {alias}.title, {alias}.abstract, {alias}.doi, {alias}.arxiv_id, {alias}.year, {alias}.authors, {alias}.venue, {alias}.url, " +
        $"{alias}.openalex_id, {alias}.s2_id, {alias}.is_stub";

    public static Paper ReadPaper(SqliteDataReader reader, int first)
    {
        var authors = reader.GetNullableString(first + 6);
        return new Paper(
            reader.GetString(first),
            reader.GetString(first + 1),
            reader.GetString(first + 2),
            reader.GetNullableString(first + 3),
            reader.GetNullableString(first + 4),
            reader.GetNullableInt32(first + 5),
            authors is null ? null : JsonSerializer.Deserialize<string[]>(authors),
            reader.GetNullableString(first + 7),
            reader.GetNullableString(first + 8),
            reader.GetNullableString(first + 9),
            reader.GetNullableString(first + 10),
            IsStub: reader.GetBoolean(first + 11));
    }

    /// <summary>Select list for <see cref="ReadCitationNode"/>, given the papers table alias: citations within the
    /// corpus are counted from the link index.</summary>
    public static string CitationNodeColumns(string alias) =>
        $"{alias}.id, {alias}.title, {alias}.year, {alias}.is_stub, " +
        $"(SELECT COUNT(*) FROM paper_links c WHERE c.target_pk = {alias}.pk AND c.type = '{Name(RelationType.Cites)}')";

    public static CitationNode ReadCitationNode(SqliteDataReader reader, int first) =>
        new(reader.GetString(first), reader.GetString(first + 1), reader.GetNullableInt32(first + 2), reader.GetBoolean(first + 3), reader.GetInt32(first + 4));

    public static string? WriteAuthors(IReadOnlyList<string>? authors) =>
        authors is null ? null : JsonSerializer.Serialize(authors);

    public static string Name(RelationType type) => type.ToString();

    public static string Name(EntityType type) => type.ToString();

    public static Provenance ReadProvenance(SqliteDataReader reader, int first) =>
        new(reader.GetInt32(first), reader.GetInt32(first + 1), reader.GetInt32(first + 2), reader.GetInt32(first + 3));

    /// <summary>Select list for <see cref="ReadResultContext"/>, given the results table alias.</summary>
    public static string ResultContextColumns(string alias) =>
        $"{alias}.qualifier, {alias}.condition_text, {alias}.setting, {alias}.is_cost, {alias}.value_text";

    /// <summary>A stored setting of "" is the dataset's standard setting, which the contract calls null.</summary>
    public static ResultContext ReadResultContext(SqliteDataReader reader, int first)
    {
        var setting = reader.GetString(first + 2);
        return new ResultContext(reader.GetString(first), reader.GetNullableString(first + 1), setting.Length == 0 ? null : setting,
            reader.GetBoolean(first + 3))
        {
            WrittenValue = reader.GetNullableString(first + 4),
        };
    }

    /// <summary>The sentence a result came from; empty when stored offsets do not fit the abstract.</summary>
    public static string SentenceOf(string text, Provenance provenance) =>
        provenance.SentenceStart >= 0 && provenance.SentenceStart <= provenance.SentenceEnd && provenance.SentenceEnd <= text.Length
            ? provenance.SentenceOf(text)
            : "";

    /// <summary>A parameter value holding a set of ids for <c>IN (SELECT value FROM json_each(@p))</c>.</summary>
    public static string JsonSet<T>(IEnumerable<T> values) => JsonSerializer.Serialize(values);
}
