using PaperGraph.Core.Model;

namespace PaperGraph.Core.Extraction.Rules;

/// <summary>A name the paper introduces, as written.</summary>
internal sealed record ProposedName(string Name, EntityType Type);
