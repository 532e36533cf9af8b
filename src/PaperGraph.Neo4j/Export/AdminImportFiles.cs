using System.Globalization;

namespace PaperGraph.Neo4j.Export;

/// <summary>What an export for neo4j-admin wrote: the CSV files, and a cypher-shell script to run once the database
/// is started (constraints, indexes and derived relations, which an import does not create).</summary>
public sealed record AdminImportFiles(IReadOnlyList<AdminImportFile> Files, string AfterImportScript, int Papers)
{
    /// <summary>The import of every file into <paramref name="database"/>, which must not exist yet (neo4j-admin only
    /// replaces one when given <c>--overwrite-destination=true</c>).</summary>
    public string ImportCommand(string database = "neo4j")
    {
        var options = Files.Select(file =>
                $"--{(file.Kind == AdminFileKind.Nodes ? "nodes" : "relationships")}={Quote(file.HeaderPath + "," + file.DataPath)}")
            .Append(string.Create(CultureInfo.InvariantCulture, $"--array-delimiter=U+{(int)AdminCsvFile.ArrayDelimiter:X4}"))
            // Abstracts may hold line breaks inside their quoted fields.
            .Append("--multiline-fields=true")
            .Append("--overwrite-destination=false");
        return string.Join(" \\\n  ", options.Prepend($"neo4j-admin database import full {Quote(database)}"));
    }

    /// <summary>Single quotes for a POSIX shell, so paths with spaces survive.</summary>
    private static string Quote(string text) =>
        text.All(c => char.IsLetterOrDigit(c) || c is '/' or '.' or '-' or '_' or ',' or ':' or '+')
            ? text
            : "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
