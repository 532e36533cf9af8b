using PaperGraph.Core.Corpus;
using PaperGraph.Core.Extraction;

namespace PaperGraph.Core.Evaluation;

/// <summary>Scores predictions against a gold file whose format (abstracts or mentions) it detects.
/// Any unreadable record of the gold, the predictions or the corpus fails the whole evaluation with an
/// <see cref="EvaluationInputException"/>: a score over part of the input would mislead.</summary>
public sealed class ExtractionEvaluator(CorpusExtraction extraction)
{
    public async Task<EvaluationReport> EvaluateAsync(string goldPath, PredictionSource predictions, CancellationToken cancellationToken)
    {
        var gold = await JsonLinesFile.ReadAsync(goldPath, cancellationToken);
        return GoldFormatDetector.Detect(goldPath, gold) switch
        {
            GoldFormat.Abstracts => FieldScorer.Score(gold.Select(GoldPaperParser.Parse).ToList(), await PredictedPapersAsync(predictions, cancellationToken)),
            _ => MentionScorer.Score(gold.SelectMany(MentionRecordParser.Parse), await PredictedMentionsAsync(predictions, cancellationToken)),
        };
    }

    private async Task<IEnumerable<PredictedPaper>> PredictedPapersAsync(PredictionSource source, CancellationToken cancellationToken) => source switch
    {
        CorpusToExtract corpus => (await ExtractAsync(corpus, cancellationToken)).Select(PredictedPaper.From),
        PredictionFile file => (await JsonLinesFile.ReadAsync(file.Path, cancellationToken)).Select(PredictedPaperParser.Parse),
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };

    private async Task<IEnumerable<MentionSpan>> PredictedMentionsAsync(PredictionSource source, CancellationToken cancellationToken) => source switch
    {
        CorpusToExtract corpus => (await ExtractAsync(corpus with { Format = corpus.Format ?? CorpusFormat.Lines }, cancellationToken)).SelectMany(Mentions),
        PredictionFile file => (await JsonLinesFile.ReadAsync(file.Path, cancellationToken)).SelectMany(MentionRecordParser.Parse),
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };

    private async Task<List<ExtractionReport>> ExtractAsync(CorpusToExtract corpus, CancellationToken cancellationToken)
    {
        var reports = new List<ExtractionReport>();
        await foreach (var record in extraction.ReadAsync(corpus.Path, corpus.Format, cancellationToken))
        {
            reports.Add(record.Report ?? throw new EvaluationInputException(record.Error!.File, record.Error.Line, record.Error.Message));
        }
        return reports;
    }

    private static IEnumerable<MentionSpan> Mentions(ExtractionReport report, int index) =>
        report.Mentions.Select(m => new MentionSpan(report.Line ?? index, m.Type.ToUpperInvariant(), m.Start, m.End));
}
