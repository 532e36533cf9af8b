using PaperGraph.Core.Corpus;
using PaperGraph.Core.Graph.Queries;

namespace PaperGraph.Core.Import;

/// <summary>What an import did.</summary>
/// <param name="RecordsRead">Records read over all files, good and rejected.</param>
/// <param name="EntitiesAdded">Entities new to the store.</param>
/// <param name="Relations">Relations in the graph once the import is done, counted as
/// <see cref="Graph.Queries.GraphStatistics.TotalRelations"/> counts them, so re-importing leaves it unchanged.</param>
/// <param name="Rejected">Every rejected record (or file) with its file, line and reason.</param>
/// <param name="StrictAborted">Strict mode found bad records, so nothing was written.</param>
/// <param name="Stubs">Stub papers added for cited works the store did not hold.</param>
/// <param name="Citations">Citation links written: the imported papers' references and citing works.</param>
/// <param name="AddedPapers">Papers new to the store, the first <see cref="ImportOptions.ListedPapers"/> of them
/// (<paramref name="PapersAdded"/> counts them all).</param>
public sealed record ImportSummary(
    int Files,
    int RecordsRead,
    int PapersAdded,
    int PapersUpdated,
    int EntitiesAdded,
    int Relations,
    IReadOnlyList<CorpusError> Rejected,
    bool StrictAborted,
    int Stubs,
    int Citations,
    IReadOnlyList<PaperSummary> AddedPapers);
