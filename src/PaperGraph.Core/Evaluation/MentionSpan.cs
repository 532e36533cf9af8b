namespace PaperGraph.Core.Evaluation;

/// <summary>A typed mention: 0-based line, type in upper case, character offsets in that line (end exclusive).</summary>
public readonly record struct MentionSpan(int Line, string Type, int Start, int End)
{
    public bool Overlaps(MentionSpan other) =>
        Line == other.Line && Type == other.Type && other.Start < End && Start < other.End;
}
