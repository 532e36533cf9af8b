using Microsoft.Extensions.Options;

namespace PaperGraph.Core.Corpus.Formats;

/// <summary>Reads OpenAlex works: one work, a {"meta", "results"} page, or JSON Lines of works.</summary>
public sealed class OpenAlexCorpusReader(IOptions<CorpusReaderOptions> options)
    : JsonCorpusReader(options, CorpusFormat.OpenAlex, OpenAlexWorkParser.Parse);
