using PaperGraph.Core.Extraction.Text;

namespace PaperGraph.Core.Extraction.Rules;

/// <summary>"Cross Stage Partial Network (CSPNet)": a long form and its short form, one entity.</summary>
internal sealed record AcronymDefinition(TextSpan Long, TextSpan Short, int Sentence)
{
    public TextSpan Whole => new(Math.Min(Long.Start, Short.Start), Math.Max(Long.End, Short.End));
}
