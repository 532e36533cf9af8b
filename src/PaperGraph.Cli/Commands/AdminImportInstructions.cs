using System.Text;
using PaperGraph.Neo4j.Export;

namespace PaperGraph.Cli.Commands;

/// <summary>What to run after <c>export --neo4j-csv</c>: the files written, the exact neo4j-admin import, then the
/// schema and derived relations the import does not create.</summary>
internal static class AdminImportInstructions
{
    public static string For(AdminImportFiles files)
    {
        var text = new StringBuilder();
        text.AppendLine($"Wrote {files.Papers:N0} papers as neo4j-admin import files:");
        foreach (var file in files.Files)
        {
            text.AppendLine($"  {file.Kind,-13} {file.Rows,12:N0} rows  {file.HeaderPath}, {file.DataPath}");
        }
        text.AppendLine()
            .AppendLine("1. With Neo4j 5 stopped, import into a new database (add --overwrite-destination=true to replace an existing one):")
            .AppendLine()
            .AppendLine(files.ImportCommand())
            .AppendLine()
            .AppendLine("2. Start Neo4j (on Enterprise, CREATE DATABASE for a database other than the default), then create the")
            .AppendLine("   constraints and full-text indexes and derive BUILDS_ON:")
            .AppendLine()
            .AppendLine($"cypher-shell -u USER -p PASSWORD -f {files.AfterImportScript}")
            .AppendLine()
            .AppendLine("   papergraph also creates the constraints and indexes itself on first use of the Neo4j store (InitializeAsync).");
        return text.ToString();
    }
}
