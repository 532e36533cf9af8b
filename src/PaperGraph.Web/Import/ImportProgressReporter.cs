using PaperGraph.Core.Import;

namespace PaperGraph.Web.Import;

/// <summary>Forwards importer progress to <see cref="ImportStatus"/> and the log. Synchronous on purpose:
/// <c>Progress&lt;T&gt;</c> would post reports to the thread pool, where they could arrive out of order.</summary>
public sealed class ImportProgressReporter(ImportStatus status, ILogger logger) : IProgress<ImportProgress>
{
    public void Report(ImportProgress value)
    {
        logger.LogInformation("Importing {File}: {Read} records read, {Written} papers stored, {Rejected} rejected",
            Path.GetFileName(value.File), value.RecordsRead, value.PapersWritten, value.Rejected);
        status.Report(value.PapersWritten, null);
    }
}
