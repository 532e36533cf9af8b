using PaperGraph.Core.Extraction.Text;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Extraction.Rules;

/// <summary>An occurrence of an entity in the abstract, under the entity's canonical name.</summary>
/// <param name="Generic">A class of methods known to the knowledge base; it blocks other rules but is not reported.</param>
internal sealed record FoundMention(EntityType Type, string Canonical, string? Parent, TextSpan Span, int Sentence, bool Generic = false);
