using PaperGraph.Core.Extraction;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Model;

namespace PaperGraph.Store.Contract;

/// <summary>Builds a <see cref="PaperRecord"/> by hand, as an extractor would have produced it. Mentions and
/// provenance point at the first occurrence of a name in the abstract when it occurs there.</summary>
public sealed class PaperRecordBuilder
{
    private readonly string _title;
    private readonly List<ExtractedEntity> _entities = [];
    private readonly List<ExtractedResult> _results = [];
    private string? _abstract;
    private string? _doi;
    private string? _openAlexId;
    private int? _year;
    private List<Paper>? _references;
    private readonly List<Paper> _citedBy = [];

    private PaperRecordBuilder(string title) => _title = title;

    public static PaperRecordBuilder Paper(string title) => new(title);

    public string Id => PaperIdentity.For(_title, _doi, openAlexId: _openAlexId);

    public PaperRecordBuilder WithOpenAlexId(string openAlexId)
    {
        _openAlexId = openAlexId;
        return this;
    }

    /// <summary>A record that says nothing of the abstract, as a BibTeX entry.</summary>
    public PaperRecordBuilder WithoutAbstract() => WithAbstract("");

    /// <summary>Cites the given paper, written as a stub unless a paper with its id is stored.</summary>
    public PaperRecordBuilder Cites(PaperRecordBuilder other) => Cites(other.AsStub());

    /// <summary>Cites a work outside the corpus.</summary>
    public PaperRecordBuilder Cites(CitedWork work) => Cites(work.ToStub());

    /// <summary>A reference list, empty or not, that replaces the stored one.</summary>
    public PaperRecordBuilder WithReferenceList()
    {
        _references ??= [];
        return this;
    }

    public PaperRecordBuilder CitedBy(CitedWork work)
    {
        _citedBy.Add(work.ToStub());
        return this;
    }

    public Paper AsStub() => new(Id, _title, "", _doi, Year: _year, OpenAlexId: _openAlexId, IsStub: true);

    private PaperRecordBuilder Cites(Paper stub)
    {
        (_references ??= []).Add(stub);
        return this;
    }

    public PaperRecordBuilder WithAbstract(string text)
    {
        _abstract = text;
        return this;
    }

    public PaperRecordBuilder WithDoi(string doi)
    {
        _doi = doi;
        return this;
    }

    public PaperRecordBuilder InYear(int year)
    {
        _year = year;
        return this;
    }

    public PaperRecordBuilder Proposes(string method, params string[] aliases) =>
        With(EntityType.Method, method, RelationType.Proposes, aliases);

    public PaperRecordBuilder Uses(string method, params string[] aliases) =>
        With(EntityType.Method, method, RelationType.Uses, aliases);

    public PaperRecordBuilder EvaluatedOn(string dataset, string? parent = null, params string[] aliases) =>
        With(EntityType.Dataset, dataset, RelationType.EvaluatedOn, aliases, parent);

    /// <summary>A dataset the paper introduces and evaluates on: one entity with two roles.</summary>
    public PaperRecordBuilder IntroducesAndEvaluatesOn(string dataset)
    {
        With(EntityType.Dataset, dataset, RelationType.Proposes, []);
        _entities[^1] = _entities[^1] with { AdditionalRoles = [RelationType.EvaluatedOn] };
        return this;
    }

    public PaperRecordBuilder MentionsDataset(string dataset) =>
        With(EntityType.Dataset, dataset, RelationType.Mentions, []);

    public PaperRecordBuilder Measures(string metric) =>
        With(EntityType.Metric, metric, RelationType.Uses, []);

    public PaperRecordBuilder Addresses(string task) =>
        With(EntityType.Task, task, RelationType.Addresses, []);

    /// <summary>A method the paper names by an acronym it defines, keyed by the expansion as the extractor does.</summary>
    public PaperRecordBuilder UsesAcronym(string acronym, string expansion)
    {
        _entities.Add(new ExtractedEntity(EntityType.Method, acronym, RelationType.Uses, [expansion], null, []) { KeyName = expansion });
        return this;
    }

    public PaperRecordBuilder With(EntityType type, string name, RelationType role, IReadOnlyList<string> aliases, string? parent = null)
    {
        var mentions = SpanOf(name) is { } span
            ? new[] { new Mention(type, name, span.Start, span.End, 0, Abstract.Length) }
            : [];
        _entities.Add(new ExtractedEntity(type, name, role, aliases, parent, mentions));
        return this;
    }

    /// <summary>A result on a dataset the paper also evaluates on (added when absent).</summary>
    public PaperRecordBuilder Reports(string dataset, string metric, double value, string unit = "%") =>
        Reports(dataset, metric, value, ResultContext.Plain, unit);

    /// <summary>A result with a qualifier, condition, setting or cost flag.</summary>
    public PaperRecordBuilder Reports(string dataset, string metric, double value, ResultContext context, string unit = "%")
    {
        if (!_entities.Any(e => e.Type == EntityType.Dataset && e.Name == dataset))
        {
            EvaluatedOn(dataset);
        }
        var span = SpanOf(dataset) ?? (0, 0);
        _results.Add(new ExtractedResult(dataset, metric, value, unit, new Provenance(0, Abstract.Length, span.Start, span.End))
        {
            Qualifier = context.Qualifier,
            Condition = context.Condition,
            Setting = context.Setting,
            IsCost = context.IsCost,
            WrittenValue = context.WrittenValue,
        });
        return this;
    }

    public PaperRecord Build() => new(
        new Paper(Id, _title, Abstract, _doi, Year: _year, Authors: ["A. Author", "B. Author"], Venue: "TestConf", OpenAlexId: _openAlexId),
        new PaperExtraction(_entities.ToList(), _results.ToList(), []),
        _references is null && _citedBy.Count == 0 ? null : new PaperCitations(_references?.ToList(), _citedBy.ToList()));

    private string Abstract => _abstract ??= $"We study {_title}.";

    private (int Start, int End)? SpanOf(string name)
    {
        var start = Abstract.IndexOf(name, StringComparison.Ordinal);
        return start < 0 ? null : (start, start + name.Length);
    }
}
