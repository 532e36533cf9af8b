namespace PaperGraph.Core.Evaluation;

/// <summary>Scores predicted papers against gold papers field by field, exactly as shared/eval/score.py:
/// papers are paired by title key (a later prediction of the same title replaces an earlier one), and a
/// gold paper without a prediction counts all its items as missed.</summary>
public static class FieldScorer
{
    private static readonly ExtractionField[] NameFields =
        [ExtractionField.Proposes, ExtractionField.Methods, ExtractionField.Datasets, ExtractionField.EvaluatedOn, ExtractionField.Metrics, ExtractionField.Tasks];

    public static FieldEvaluation Score(IReadOnlyList<GoldPaper> gold, IEnumerable<PredictedPaper> predicted)
    {
        var byTitle = new Dictionary<string, PredictedPaper>(StringComparer.Ordinal);
        foreach (var paper in predicted)
        {
            byTitle[NameKey.Of(paper.Title)] = paper;
        }
        var totals = Enum.GetValues<ExtractionField>().ToDictionary(f => f, _ => MatchCounts.None);
        var missing = 0;
        foreach (var paper in gold)
        {
            if (!byTitle.TryGetValue(NameKey.Of(paper.Title), out var prediction))
            {
                missing++;
                prediction = new PredictedPaper(paper.Title, new Dictionary<ExtractionField, IReadOnlyList<string>>(), []);
            }
            foreach (var field in NameFields)
            {
                totals[field] += NameMatcher.Count(GoldKeys.For(paper, field), prediction.NamesOf(field));
            }
            totals[ExtractionField.Results] += ResultMatcher.Count(paper, prediction.Results);
        }
        return new FieldEvaluation(gold.Count, missing, Enum.GetValues<ExtractionField>().Select(f => new FieldScore(ExtractionFieldNames.Of(f), totals[f])).ToList());
    }
}
