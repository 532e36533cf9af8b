using PaperGraph.Core.Model;
using PaperGraph.Core.Queries;

namespace PaperGraph.Core.Graph.Queries;

/// <summary>A paper page: the paper, its entities by role, results, mentions and derived citations.</summary>
public sealed record PaperDetails(
    Paper Paper,
    IReadOnlyList<PaperEntityLink> Entities,
    IReadOnlyList<PaperResult> Results,
    IReadOnlyList<StoredMention> Mentions,
    IReadOnlyList<PaperSummary> BuildsOn,
    IReadOnlyList<PaperSummary> BuiltOnBy);

/// <summary>An entity the paper relates to, and how.</summary>
public sealed record PaperEntityLink(EntityRef Entity, RelationType Role);

/// <summary>A result the paper reports; <paramref name="Sentence"/> is the sentence it came from.</summary>
public sealed record PaperResult(
    EntityRef Dataset, string Metric, double Value, string Unit, ResultContext Context, Provenance Provenance, string Sentence)
{
    /// <summary>The number as the abstract writes it, with qualifier and unit: "90.0%".</summary>
    public string ValueText => ResultText.Of(Value, Unit, Context);
}

/// <summary>A mention of an entity in the paper's abstract, for highlighting.</summary>
public sealed record StoredMention(EntityRef Entity, int Start, int End);
