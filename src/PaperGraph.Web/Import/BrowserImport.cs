using System.Security.Claims;
using Microsoft.Extensions.Options;
using PaperGraph.Core.Import;
using PaperGraph.Web.Curators;

namespace PaperGraph.Web.Import;

/// <summary>Imports uploaded files with Core's <see cref="CorpusImporter"/>, the CLI's importer, for the Import page and
/// <c>POST /api/import</c> alike: only when <see cref="BrowserImportOptions.AllowImport"/> is on, only for a signed-in
/// curator (asked before the upload is read and again before the import), and one import at a time.</summary>
public sealed class BrowserImport(
    CuratorRequests curators, CorpusImporter importer, IOptions<BrowserImportOptions> options, ILogger<BrowserImport> logger)
{
    private readonly SemaphoreSlim _running = new(1, 1);

    public BrowserImportOptions Options => options.Value;

    /// <exception cref="ImportRefusedException">Importing is turned off.</exception>
    /// <exception cref="CuratorRequiredException">The user is no signed-in curator.</exception>
    public async Task<string> AuthorizeAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!Options.AllowImport)
        {
            throw ImportRefusedException.TurnedOff();
        }
        return (await curators.ForAsync(user, cancellationToken: cancellationToken)).Curator;
    }

    /// <summary>An empty upload with this app's size limit.</summary>
    public UploadedCorpus NewUpload() => new(Options.MaxImportBytes);

    /// <summary>Imports <paramref name="upload"/>; progress and errors name the uploaded files.</summary>
    public async Task<ImportSummary> ImportAsync(
        ClaimsPrincipal user, UploadedCorpus upload, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var curator = await AuthorizeAsync(user, cancellationToken);
        if (!await _running.WaitAsync(TimeSpan.Zero, cancellationToken))
        {
            throw ImportRefusedException.Busy();
        }
        try
        {
            logger.LogInformation("Curator {Curator} imports {FileCount} uploaded files", curator, upload.Count);
            var named = progress is null ? null : new NamedProgress(upload, progress);
            var summary = await importer.ImportAsync(upload.Paths, new ImportOptions { BatchSize = Options.ImportBatchSize }, named, cancellationToken);
            return summary with { Rejected = summary.Rejected.Select(upload.Named).ToList() };
        }
        finally
        {
            _running.Release();
        }
    }

    private sealed class NamedProgress(UploadedCorpus upload, IProgress<ImportProgress> inner) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => inner.Report(value with { File = upload.NameOf(value.File) });
    }
}
