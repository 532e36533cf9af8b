using PaperGraph.Core.Extraction;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Model;

namespace PaperGraph.Ml.Corpus;

/// <summary>The store read once for suggestions: every paper's text and links, and every entity with its names and
/// example sentences. Built from <see cref="PaperRecord"/>s, so any <see cref="IPaperRecordSource"/> feeds it.</summary>
public sealed class SuggestionCorpus
{
    private readonly Dictionary<string, CorpusEntity> _entities = new(StringComparer.Ordinal);

    public List<CorpusPaper> Papers { get; } = [];

    public IReadOnlyDictionary<string, CorpusEntity> Entities => _entities;

    public static async Task<SuggestionCorpus> ReadAsync(
        IPaperRecordSource source, IProgress<int>? papersRead = null, CancellationToken cancellationToken = default)
    {
        var corpus = new SuggestionCorpus();
        await foreach (var record in source.ReadAllAsync(cancellationToken: cancellationToken))
        {
            corpus.Add(record);
            if (corpus.Papers.Count % 1000 == 0)
            {
                papersRead?.Report(corpus.Papers.Count);
            }
        }
        papersRead?.Report(corpus.Papers.Count);
        return corpus;
    }

    public static SuggestionCorpus From(IEnumerable<PaperRecord> records)
    {
        var corpus = new SuggestionCorpus();
        foreach (var record in records)
        {
            corpus.Add(record);
        }
        return corpus;
    }

    /// <summary>Adds entities read elsewhere (a copy of a corpus with papers changed).</summary>
    public void AddEntities(IEnumerable<CorpusEntity> entities)
    {
        foreach (var entity in entities)
        {
            _entities.TryAdd(entity.Key, entity);
        }
    }

    public void Add(PaperRecord record)
    {
        var paper = record.Paper;
        var links = new List<PaperLink>();
        foreach (var extracted in record.Extraction.Entities)
        {
            var entity = Entity(extracted);
            entity.PaperCount++;
            links.AddRange(extracted.Roles.Distinct().Select(role => new PaperLink(extracted.Key, role)));
            AddSentence(entity, paper.Abstract, extracted.Mentions);
        }
        Papers.Add(new CorpusPaper(paper.Id, paper.Title, paper.Abstract, links));
    }

    private CorpusEntity Entity(ExtractedEntity extracted)
    {
        if (!_entities.TryGetValue(extracted.Key, out var entity))
        {
            entity = new CorpusEntity(extracted.Key, extracted.Type, extracted.Name);
            _entities.Add(extracted.Key, entity);
        }
        foreach (var alias in extracted.Aliases.Prepend(extracted.Name))
        {
            if (!entity.Names.Contains(alias, StringComparer.OrdinalIgnoreCase))
            {
                entity.Names.Add(alias);
            }
        }
        if (extracted.Parent is { } parent)
        {
            entity.ParentKey ??= EntityKey.For(extracted.Type, parent);
        }
        return entity;
    }

    private static void AddSentence(CorpusEntity entity, string text, IReadOnlyList<Mention> mentions)
    {
        if (entity.Sentences.Count >= CorpusEntity.MaxSentences || mentions.Count == 0)
        {
            return;
        }
        var mention = mentions[0];
        if (mention.SentenceStart >= 0 && mention.SentenceEnd <= text.Length && mention.SentenceStart < mention.SentenceEnd)
        {
            entity.Sentences.Add(text[mention.SentenceStart..mention.SentenceEnd]);
        }
    }
}
