using PaperGraph.Core.Corpus;

namespace PaperGraph.Core.Evaluation;

/// <summary>Where the predictions to score come from.</summary>
public abstract record PredictionSource;

/// <summary>A JSON Lines file as <c>papergraph extract</c> writes it.</summary>
public sealed record PredictionFile(string Path) : PredictionSource;

/// <summary>A corpus to run the extractor over; the format is detected when null, except that mention
/// gold implies one text per line.</summary>
public sealed record CorpusToExtract(string Path, CorpusFormat? Format) : PredictionSource;
