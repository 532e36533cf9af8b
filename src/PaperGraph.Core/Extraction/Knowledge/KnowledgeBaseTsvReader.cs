using PaperGraph.Core.Model;

namespace PaperGraph.Core.Extraction.Knowledge;

/// <summary>Reads knowledge-base rows: name, aliases (separated by |), parent, flags (cs, lower, generic,
/// percent, cost) and, for metrics, the complement.
/// Empty lines and lines starting with # are skipped.</summary>
internal static class KnowledgeBaseTsvReader
{
    public static IEnumerable<KnowledgeEntry> Read(TextReader reader, EntityType type)
    {
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var fields = line.Split('\t');
            var name = fields[0].Trim();
            if (name.Length == 0)
            {
                continue;
            }
            var aliases = Field(fields, 1).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var parent = Field(fields, 2);
            var flags = Field(fields, 3).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            yield return new KnowledgeEntry(
                type,
                name,
                aliases,
                parent.Length == 0 ? null : parent,
                flags.Contains("cs"),
                flags.Contains("lower"),
                flags.Contains("generic"))
            {
                Percentage = flags.Contains("percent"),
                Cost = flags.Contains("cost"),
                Complement = Field(fields, 4) is { Length: > 0 } complement ? complement : null,
            };
        }
    }

    private static string Field(string[] fields, int index) => index < fields.Length ? fields[index].Trim() : "";
}
