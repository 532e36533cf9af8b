using Microsoft.Extensions.Options;

namespace PaperGraph.Core.Corpus.Formats;

/// <summary>Reads CSL-JSON (Zotero's export): an array of items, streamed item by item.</summary>
public sealed class CslJsonCorpusReader(IOptions<CorpusReaderOptions> options)
    : JsonCorpusReader(options, CorpusFormat.CslJson, CslJsonParser.Parse);
