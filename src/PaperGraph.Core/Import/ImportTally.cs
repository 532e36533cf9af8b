using PaperGraph.Core.Corpus;
using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Import;

/// <summary>Running counts of one import.</summary>
internal sealed class ImportTally
{
    private readonly List<CorpusError> _rejected = [];
    private UpsertSummary _written = UpsertSummary.Empty;

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

    public void Wrote(UpsertSummary batch) => _written = _written.Add(batch);

    public ImportProgress Progress(string file) => new(file, RecordsRead, PapersWritten, _rejected.Count);

    public ImportSummary Summary(int files, int relations, bool strictAborted) => new(
        files, RecordsRead, _written.PapersAdded, _written.PapersUpdated, _written.EntitiesAdded,
        relations, _rejected.ToList(), strictAborted);
}
