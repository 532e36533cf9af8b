using PaperGraph.Core.Extraction.Text;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Extraction.Rules;

/// <summary>An occurrence of an entity in the abstract, under the entity's canonical name.</summary>
internal sealed record FoundMention(EntityType Type, string Canonical, string? Parent, TextSpan Span, int Sentence);
