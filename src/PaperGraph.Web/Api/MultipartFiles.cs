using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using PaperGraph.Web.Import;

namespace PaperGraph.Web.Api;

/// <summary>Reads the file parts of a <c>multipart/form-data</c> body straight into an <see cref="UploadedCorpus"/>,
/// section by section, so that no file is buffered in memory (the framework's form reader would buffer to its own limits).</summary>
public static class MultipartFiles
{
    /// <returns>False when the body is not multipart/form-data.</returns>
    public static async Task<bool> ReadIntoAsync(HttpRequest request, UploadedCorpus upload, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 } boundary)
        {
            return false;
        }
        var reader = new MultipartReader(boundary, request.Body);
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) && disposition.IsFileDisposition())
            {
                var name = disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : disposition.FileName.Value;
                await upload.AddAsync(HeaderUtilities.RemoveQuotes(name).Value ?? "", section.Body, cancellationToken);
            }
        }
        return true;
    }
}
