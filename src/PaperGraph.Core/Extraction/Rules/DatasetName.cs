using PaperGraph.Core.Extraction.Text;

namespace PaperGraph.Core.Extraction.Rules;

/// <summary>A dataset name found from its context; Introduced when the text presents it as new.</summary>
internal sealed record DatasetName(TextSpan Span, bool Introduced);
