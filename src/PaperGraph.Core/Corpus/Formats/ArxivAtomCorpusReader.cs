using System.Runtime.CompilerServices;
using System.Xml;
using System.Xml.Linq;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Corpus.Formats;

/// <summary>Reads an arXiv API response (an Atom feed, or a recorded response whose body is one), entry by entry,
/// each numbered by its line in the feed.</summary>
public sealed class ArxivAtomCorpusReader : ICorpusReader
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Arxiv = "http://arxiv.org/schemas/atom";
    private static readonly XmlReaderSettings Settings = new() { Async = true, DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true };

    public CorpusFormat Format => CorpusFormat.ArxivAtom;

    public async IAsyncEnumerable<CorpusRecord> ReadAsync(Stream stream, string fileName, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (!stream.CanSeek || await JsonRecords.FirstByteAsync(stream, cancellationToken) != '{')
        {
            using var xml = XmlReader.Create(stream, Settings);
            await foreach (var record in ReadFeedAsync(xml, fileName, cancellationToken))
            {
                yield return record;
            }
            yield break;
        }
        var (body, problem) = await RecordedApiResponse.BodyAsync(stream, cancellationToken);
        if (body is null)
        {
            yield return CorpusRecord.Rejected(new CorpusError(fileName, 1, problem!));
            yield break;
        }
        // Entries are numbered by their line in the body's feed.
        using var text = new StringReader(body);
        using var bodyXml = XmlReader.Create(text, Settings);
        await foreach (var record in ReadFeedAsync(bodyXml, fileName, cancellationToken))
        {
            yield return record;
        }
    }

    private static async IAsyncEnumerable<CorpusRecord> ReadFeedAsync(XmlReader xml, string fileName, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var lineInfo = (IXmlLineInfo)xml;
        while (true)
        {
            XElement? entry = null;
            string? problem = null;
            var line = lineInfo.LineNumber;
            try
            {
                if (!await NextEntryAsync(xml))
                {
                    yield break;
                }
                line = lineInfo.LineNumber;
                // A subtree stops at the entry's end tag: a break right after it is the next read's problem, not this entry's.
                using var subtree = xml.ReadSubtree();
                entry = await XElement.LoadAsync(subtree, LoadOptions.None, cancellationToken);
            }
            catch (XmlException e)
            {
                problem = $"invalid XML: {e.Message}; the rest of the feed is skipped";
                line = e.LineNumber;
            }
            if (entry is null)
            {
                yield return CorpusRecord.Rejected(new CorpusError(fileName, line, problem!));
                yield break;
            }
            yield return ToRecord(fileName, line, entry);
        }
    }

    private static async Task<bool> NextEntryAsync(XmlReader xml)
    {
        while (!(xml.NodeType == XmlNodeType.Element && xml.LocalName == "entry" && xml.NamespaceURI == Atom.NamespaceName))
        {
            if (!await xml.ReadAsync())
            {
                return false;
            }
        }
        return true;
    }

    private static CorpusRecord ToRecord(string fileName, int line, XElement entry)
    {
        var id = Text(entry, Atom + "id");
        var title = Text(entry, Atom + "title");
        if (id is null || title is null)
        {
            return CorpusRecord.Rejected(new CorpusError(fileName, line, id is null ? "entry without an id" : "missing title"));
        }
        var arxivId = PaperIdentity.NormaliseArxiv(id);
        var doi = Text(entry, Arxiv + "doi");
        var paper = new Paper(
            PaperIdentity.For(title, doi, arxivId),
            title,
            Text(entry, Atom + "summary") ?? "",
            doi,
            arxivId,
            Corpus.Formats.JsonFields.YearOf(Text(entry, Atom + "published")),
            entry.Elements(Atom + "author").Select(a => Text(a, Atom + "name")).OfType<string>().ToList(),
            Text(entry, Arxiv + "journal_ref"),
            id);
        return CorpusRecord.Valid(line, paper);
    }

    private static string? Text(XElement parent, XName name) =>
        parent.Element(name)?.Value is { } value && TextCleanup.CollapseWhitespace(value).Trim() is { Length: > 0 } text ? text : null;
}
