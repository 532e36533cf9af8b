namespace PaperGraph.Neo4j.Export;

public enum AdminFileKind
{
    Nodes,
    Relationships,
}

/// <summary>A node or relationship file written for neo4j-admin: its header file, its data file and its data rows.</summary>
public sealed record AdminImportFile(AdminFileKind Kind, string HeaderPath, string DataPath, long Rows);
