using Microsoft.Extensions.Options;

namespace PaperGraph.Core.Corpus.Formats;

/// <summary>Reads Semantic Scholar: Graph API papers and reference/citation items, Open Research Corpus lines, S2ORC papers.</summary>
public sealed class SemanticScholarCorpusReader(IOptions<CorpusReaderOptions> options)
    : JsonCorpusReader(options, CorpusFormat.SemanticScholar, SemanticScholarParser.Parse);
