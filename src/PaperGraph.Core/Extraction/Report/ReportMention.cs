namespace PaperGraph.Core.Extraction.Report;

/// <summary>One mention in a prediction line: type in lower case, offsets into the abstract.</summary>
public sealed record ReportMention(string Type, string Text, int Start, int End);
