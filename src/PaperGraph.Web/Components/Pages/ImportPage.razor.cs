using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using PaperGraph.Core.Corpus;
using PaperGraph.Core.Import;
using PaperGraph.Web.Curators;
using PaperGraph.Web.Import;

namespace PaperGraph.Web.Components.Pages;

/// <summary>Upload corpus files and import them with <see cref="BrowserImport"/> (Core's importer, as the CLI does):
/// live progress, cancel, then a summary with the rejected records and links to the new papers. The files are streamed
/// from the browser to a temporary folder, within <see cref="BrowserImportOptions.MaxImportBytes"/>, before anything is
/// imported. Leaving the page cancels a running import; batches already written stay.</summary>
public sealed partial class ImportPage : IDisposable
{
    private const int MaximumFiles = 20;
    private const int ListedErrors = 200;

    private IReadOnlyList<IBrowserFile> _files = [];
    private ClaimsPrincipal _user = new();
    private CancellationTokenSource? _cancel;
    private string? _stage;
    private ImportProgress? _progress;
    private ImportSummary? _summary;
    private string? _error;

    [Inject] private BrowserImport Import { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }

    private bool CanImport => CuratorPolicy.CuratorName(_user) is not null;

    private bool Running => _cancel is not null;

    private long TotalBytes => _files.Sum(file => file.Size);

    private bool TooLarge => TotalBytes > Import.Options.MaxImportBytes;

    protected override async Task OnInitializedAsync()
    {
        if (AuthenticationState is not null)
        {
            _user = (await AuthenticationState).User;
        }
    }

    private void Choose(IReadOnlyList<IBrowserFile>? files)
    {
        _files = files ?? [];
        _summary = null;
        _error = null;
        _stage = null;
        _progress = null;
    }

    private async Task ImportAsync()
    {
        _cancel = new CancellationTokenSource();
        _summary = null;
        _error = null;
        _progress = null;
        try
        {
            _summary = await UploadAndImportAsync(_cancel.Token);
            _stage = _summary.Rejected.Count == 0 ? "Done." : "Done, with rejected records.";
        }
        catch (OperationCanceledException)
        {
            _stage = "Cancelled. Batches stored before the cancel stay imported.";
        }
        catch (Exception e) when (e is UploadTooLargeException or ImportRefusedException or CuratorRequiredException)
        {
            _stage = null;
            _error = e.Message;
        }
        finally
        {
            _cancel.Dispose();
            _cancel = null;
        }
    }

    private async Task<ImportSummary> UploadAndImportAsync(CancellationToken cancellationToken)
    {
        // Asked before anything is uploaded, and again by the import itself.
        await Import.AuthorizeAsync(_user, cancellationToken);
        using var upload = Import.NewUpload();
        foreach (var file in _files)
        {
            _stage = $"Uploading {file.Name}…";
            StateHasChanged();
            // The browser stream's own limit matches the upload's: a file that grew since it was chosen stops at the limit too.
            await using var content = file.OpenReadStream(Import.Options.MaxImportBytes, cancellationToken);
            await upload.AddAsync(file.Name, content, cancellationToken);
        }
        _stage = "Importing…";
        StateHasChanged();
        return await Import.ImportAsync(_user, upload, new PageProgress(this), cancellationToken);
    }

    private void Cancel() => _cancel?.Cancel();

    private void Show(ImportProgress progress) => _ = InvokeAsync(() =>
    {
        _progress = progress;
        StateHasChanged();
    });

    private static string Location(CorpusError error) => error.Line > 0 ? $"{error.File}:{error.Line}" : error.File;

    private static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024.0):0.##} MB";

    public void Dispose() => _cancel?.Cancel();

    /// <summary>Reports come from the importer's thread; the page renders them on its own.</summary>
    private sealed class PageProgress(ImportPage page) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => page.Show(value);
    }
}
