namespace PaperGraph.Web.Import;

/// <summary>An upload went over <see cref="BrowserImportOptions.MaxImportBytes"/>; nothing was imported.</summary>
public sealed class UploadTooLargeException(long maxBytes)
    : Exception($"The upload is larger than the limit of {maxBytes:N0} bytes ({maxBytes / (1024.0 * 1024.0):0.#} MB). Nothing was imported.")
{
    public long MaxBytes { get; } = maxBytes;
}
