using PaperGraph.Core.Corpus;

namespace PaperGraph.Core.Extraction;

/// <summary>One corpus record after extraction: its report, or the error that rejected it.</summary>
public sealed record ExtractedRecord(ExtractionReport? Report, CorpusError? Error);
