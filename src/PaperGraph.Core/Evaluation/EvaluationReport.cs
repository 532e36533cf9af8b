using System.Text.Json.Serialization;

namespace PaperGraph.Core.Evaluation;

/// <summary>What an evaluation gives: <see cref="FieldEvaluation"/> for abstracts gold,
/// <see cref="MentionEvaluation"/> for mention gold. In JSON, "format" tells which.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "format")]
[JsonDerivedType(typeof(FieldEvaluation), "abstracts")]
[JsonDerivedType(typeof(MentionEvaluation), "mentions")]
public abstract record EvaluationReport;
