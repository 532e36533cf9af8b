namespace PaperGraph.Core.Evaluation;

/// <summary>Precision over predicted mentions and recall over gold mentions. Kept as two counts each
/// because under overlap a prediction and a gold mention match independently (one may cover two).</summary>
public sealed record SpanScore(int PredictedMatched, int Predicted, int GoldMatched, int Gold)
{
    public double Precision => Predicted > 0 ? (double)PredictedMatched / Predicted : 0.0;

    public double Recall => Gold > 0 ? (double)GoldMatched / Gold : 0.0;

    public double F1 => Precision + Recall > 0 ? 2 * Precision * Recall / (Precision + Recall) : 0.0;
}
