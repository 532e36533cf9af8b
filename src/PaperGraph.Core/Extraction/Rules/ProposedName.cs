using PaperGraph.Core.Extraction.Text;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Extraction.Rules;

/// <summary>A name the paper introduces, as written; Span is where the rule found it (none for the title).</summary>
internal sealed record ProposedName(string Name, EntityType Type, TextSpan? Span = null);
