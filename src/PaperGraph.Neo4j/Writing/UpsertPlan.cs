using PaperGraph.Core.Extraction;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Model;
using PaperGraph.Neo4j.Cypher;

namespace PaperGraph.Neo4j.Writing;

/// <summary>The rows one upsert batch writes, worked out in memory before anything is sent: entities with all their
/// names, variant links, paper rows, roles and results. A paper given twice in a batch is written as its last
/// version, as writing the versions in turn would leave it.</summary>
internal sealed class UpsertPlan
{
    private readonly Dictionary<string, EntityRow> _entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _parents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PaperRecord> _papers = new(StringComparer.Ordinal);

    private UpsertPlan()
    {
    }

    /// <summary>Papers written more than once in the batch; each later write counts as an update.</summary>
    public int RepeatedPapers { get; private set; }

    public IReadOnlyCollection<string> PaperIds => _papers.Keys;

    public IEnumerable<Dictionary<string, object?>> EntityRows => _entities.Values.Select(entity => entity.ToParameters());

    public IEnumerable<Dictionary<string, object?>> VariantRows =>
        _parents.Select(link => ParameterRow.Of(("child", link.Key), ("parent", link.Value)));

    /// <summary>Entity keys each paper links to, through roles or results.</summary>
    public Dictionary<string, HashSet<string>> LinkedByPaper { get; } = new(StringComparer.Ordinal);

    public List<Dictionary<string, object?>> PaperRows { get; } = [];

    public List<Dictionary<string, object?>> RoleRows { get; } = [];

    public List<Dictionary<string, object?>> ResultRows { get; } = [];

    /// <summary>Match keys of the batch's papers and stubs, one row per node.</summary>
    public List<Dictionary<string, object?>> KeyRows { get; } = [];

    /// <summary>Works cited or citing, to create as stubs where no paper has their id.</summary>
    public List<Dictionary<string, object?>> StubRows { get; } = [];

    /// <summary>Papers whose record lists their references, which replace the stored ones.</summary>
    public List<string> ReferenceListPapers { get; } = [];

    public List<Dictionary<string, object?>> CitesRows { get; } = [];

    public static UpsertPlan For(IReadOnlyList<PaperRecord> batch)
    {
        var plan = new UpsertPlan();
        foreach (var record in batch)
        {
            if (string.IsNullOrWhiteSpace(record.Paper.Id))
            {
                throw new ArgumentException($"Paper \"{record.Paper.Title}\" has no id.", nameof(batch));
            }
            if (record.Paper.IsStub)
            {
                throw new ArgumentException($"Paper \"{record.Paper.Title}\" is a stub; stubs are written as the citations of a paper.", nameof(batch));
            }
            plan.AddEntities(record.Extraction);
            if (!plan._papers.TryAdd(record.Paper.Id, record))
            {
                plan._papers[record.Paper.Id] = record;
                plan.RepeatedPapers++;
            }
        }
        foreach (var record in plan._papers.Values)
        {
            plan.AddPaper(record);
            plan.AddCitations(record);
        }
        return plan;
    }

    /// <summary>A name with letters or digits; any other folds to an empty key and names nothing.</summary>
    private static bool IsUsableName(string? name) => !string.IsNullOrWhiteSpace(name) && EntityKey.Fold(name).Length > 0;

    /// <summary>Entities, names and parents of every record, superseded versions of a paper included: stored
    /// entities are never removed, so what an earlier version named stays named.</summary>
    private void AddEntities(PaperExtraction extraction)
    {
        foreach (var entity in extraction.Entities)
        {
            if (Ensure(entity.Type, entity.Name, entity.Key) is not { } key)
            {
                continue;
            }
            foreach (var alias in entity.Aliases.Where(IsUsableName))
            {
                _entities[key].AddName(alias);
            }
            if (Ensure(entity.Type, entity.Parent) is { } parent && parent != key)
            {
                _parents.TryAdd(key, parent);
            }
        }
        foreach (var result in extraction.Results)
        {
            Ensure(EntityType.Dataset, result.Dataset);
        }
    }

    private string? Ensure(EntityType type, string? name) =>
        IsUsableName(name) ? Ensure(type, name!, EntityKey.For(type, name!)) : null;

    /// <summary>As <see cref="Ensure(EntityType, string?)"/>, under the identity the extractor chose (an acronym a
    /// paper defines is keyed by its expansion).</summary>
    private string? Ensure(EntityType type, string name, string key)
    {
        if (!IsUsableName(name))
        {
            return null;
        }
        if (!_entities.TryGetValue(key, out var row))
        {
            _entities[key] = row = new EntityRow(key, type, name!);
        }
        row.AddName(name!);
        return key;
    }

    private void AddPaper(PaperRecord record)
    {
        var (paper, extraction) = (record.Paper, record.Extraction);
        var linked = new HashSet<string>(StringComparer.Ordinal);
        var names = new Dictionary<(EntityType, string), string>();
        var mentions = new SortedSet<(int Start, int End, string Key)>();
        foreach (var entity in extraction.Entities.Where(entity => IsUsableName(entity.Name)))
        {
            var key = entity.Key;
            linked.Add(key);
            foreach (var role in entity.Roles.Distinct())
            {
                RoleRows.Add(ParameterRow.Of(("paper", paper.Id), ("entity", key), ("role", GraphNames.TypeOf(role))));
            }
            names[(entity.Type, EntityKey.Fold(entity.Name))] = key;
            foreach (var alias in entity.Aliases)
            {
                names.TryAdd((entity.Type, EntityKey.Fold(alias)), key);
            }
            foreach (var mention in entity.Mentions)
            {
                mentions.Add((mention.Start, mention.End, key));
            }
        }
        // Loose mentions count when their text names one of the paper's entities.
        foreach (var mention in extraction.Mentions)
        {
            if (names.TryGetValue((mention.Type, EntityKey.Fold(mention.Text)), out var key))
            {
                mentions.Add((mention.Start, mention.End, key));
            }
        }
        // A value that is not a number cannot be ranked.
        var results = extraction.Results.Where(result => double.IsFinite(result.Value) && IsUsableName(result.Dataset)).ToList();
        for (var ordinal = 0; ordinal < results.Count; ordinal++)
        {
            var dataset = EntityKey.For(EntityType.Dataset, results[ordinal].Dataset);
            linked.Add(dataset);
            ResultRows.Add(ParameterRow.Of(("paper", paper.Id), ("dataset", dataset), ("result", ResultProperties(results[ordinal], ordinal))));
        }
        LinkedByPaper[paper.Id] = linked;
        PaperRows.Add(ParameterRow.Of(
            ("id", paper.Id), ("title", paper.Title), ("abstract", paper.Abstract), ("doi", paper.Doi), ("arxivId", paper.ArxivId),
            ("year", paper.Year), ("authors", paper.Authors), ("venue", paper.Venue), ("url", paper.Url),
            ("openAlexId", paper.OpenAlexId), ("s2Id", paper.SemanticScholarId), ("keepExtraction", false), ("entityCount", linked.Count),
            ("mentionKeys", mentions.Select(mention => mention.Key).ToList()),
            ("mentionStarts", mentions.Select(mention => mention.Start).ToList()),
            ("mentionEnds", mentions.Select(mention => mention.End).ToList())));
    }

    private void AddCitations(PaperRecord record)
    {
        var paper = record.Paper;
        KeyRows.Add(ParameterRow.Of(("id", paper.Id), ("keys", paper.Keys)));
        if (record.Citations is not { } citations)
        {
            return;
        }
        if (citations.References is { } references)
        {
            ReferenceListPapers.Add(paper.Id);
            foreach (var work in references)
            {
                AddStub(work);
                CitesRows.Add(ParameterRow.Of(("source", paper.Id), ("target", work.Id)));
            }
        }
        foreach (var work in citations.CitedBy)
        {
            AddStub(work);
            CitesRows.Add(ParameterRow.Of(("source", work.Id), ("target", paper.Id)));
        }
    }

    private void AddStub(Paper work)
    {
        StubRows.Add(ParameterRow.Of(("id", work.Id), ("title", work.Title), ("doi", work.Doi), ("arxivId", work.ArxivId), ("year", work.Year),
            ("openAlexId", work.OpenAlexId), ("s2Id", work.SemanticScholarId)));
        KeyRows.Add(ParameterRow.Of(("id", work.Id), ("keys", work.Keys)));
    }

    /// <summary>Papers given without an abstract that are stored with one: they keep their extraction, so their
    /// roles and results are not written and their paper row keeps its extracted fields.</summary>
    public void KeepExtractionOf(IReadOnlySet<string> paperIds)
    {
        if (paperIds.Count == 0)
        {
            return;
        }
        foreach (var row in PaperRows.Where(row => paperIds.Contains((string)row["id"]!)))
        {
            row["keepExtraction"] = true;
        }
        RoleRows.RemoveAll(row => paperIds.Contains((string)row["paper"]!));
        ResultRows.RemoveAll(row => paperIds.Contains((string)row["paper"]!));
        foreach (var id in paperIds)
        {
            LinkedByPaper.Remove(id);
        }
    }

    /// <summary>Whether the batch gives the paper without an abstract.</summary>
    public bool LacksAbstract(string paperId) => _papers.TryGetValue(paperId, out var record) && record.Paper.Abstract.Length == 0;

    /// <summary>The stored properties of a REPORTS relationship. The score is the value in the metric's direction
    /// (smaller is always better), so one ascending order ranks every metric; the standard setting is "".</summary>
    private static Dictionary<string, object?> ResultProperties(ExtractedResult result, int ordinal)
    {
        var lowerIsBetter = MetricDirection.IsLowerBetter(result.Metric);
        var provenance = result.Provenance;
        return ParameterRow.Of(
            ("metric", result.Metric), ("metricKey", EntityKey.Fold(result.Metric)), ("value", result.Value), ("unit", result.Unit),
            ("lowerIsBetter", lowerIsBetter), ("score", lowerIsBetter ? result.Value : -result.Value),
            ("qualifier", result.Qualifier), ("condition", result.Condition), ("setting", result.Setting ?? ""), ("isCost", result.IsCost),
            ("valueText", result.WrittenValue),
            ("sentenceStart", provenance.SentenceStart), ("sentenceEnd", provenance.SentenceEnd),
            ("spanStart", provenance.Start), ("spanEnd", provenance.End), ("ordinal", ordinal));
    }
}
