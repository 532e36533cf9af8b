using Microsoft.Extensions.Options;

namespace PaperGraph.Core.Corpus.Formats;

/// <summary>Reads the arXiv metadata snapshot (JSON Lines), streamed line by line.</summary>
public sealed class ArxivSnapshotCorpusReader(IOptions<CorpusReaderOptions> options)
    : JsonCorpusReader(options, CorpusFormat.ArxivSnapshot, ArxivSnapshotParser.Parse);
