using PaperGraph.Core.Corpus;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Graph.Queries;

namespace PaperGraph.Core.Import;

/// <summary>Running counts of one import.</summary>
internal sealed class ImportTally
{
    private readonly List<CorpusError> _rejected = [];
    private readonly List<PaperSummary> _newPapers = [];
    private UpsertSummary _written = UpsertSummary.Empty;
    private int _stubs;
    private int _citations;

    public int RecordsRead { get; private set; }

    public int PapersWritten => _written.PapersAdded + _written.PapersUpdated;

    public IReadOnlyList<CorpusError> Rejected => _rejected;

    public void Read(CorpusRecord record)
    {
        RecordsRead++;
        if (record.Error is { } error)
        {
            _rejected.Add(error);
        }
    }

    public void Reject(IEnumerable<CorpusError> errors) => _rejected.AddRange(errors);

    /// <summary>Counts a batch's new stubs and citations.</summary>
    public void Resolved(ResolvedBatch batch)
    {
        _stubs += batch.NewStubs;
        _citations += batch.Citations;
    }

    /// <summary>Counts a written batch and keeps its new papers, up to <paramref name="listed"/> in all.</summary>
    public void Wrote(WrittenBatch batch, int listed)
    {
        _written = _written.Add(batch.Written);
        _newPapers.AddRange(batch.NewPapers.Take(Math.Max(0, listed - _newPapers.Count)));
    }

    public ImportProgress Progress(string file) => new(file, RecordsRead, PapersWritten, _rejected.Count);

    public ImportSummary Summary(int files, int relations, bool strictAborted) => new(
        files, RecordsRead, _written.PapersAdded, _written.PapersUpdated, _written.EntitiesAdded,
        relations, _rejected.ToList(), strictAborted, _stubs, _citations, _newPapers.ToList());
}
