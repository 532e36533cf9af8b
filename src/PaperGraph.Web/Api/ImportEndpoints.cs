using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PaperGraph.Core.Import;
using PaperGraph.Web.Curators;
using PaperGraph.Web.Import;

namespace PaperGraph.Web.Api;

/// <summary><c>POST /api/import</c>: corpus files as <c>multipart/form-data</c>, imported like the Import page does, for a
/// signed-in curator with an antiforgery token when <c>PaperGraph:AllowImport</c> is on. The request body may be as large
/// as <see cref="BrowserImportOptions.MaxImportBytes"/> (plus the multipart framing); a larger one is 413 and imports nothing.</summary>
public static class ImportEndpoints
{
    /// <summary>Room for the multipart boundaries and part headers around the files.</summary>
    public const long MultipartEnvelopeBytes = 64 * 1024;

    public static RouteGroupBuilder MapImportApi(this RouteGroupBuilder api, long maxImportBytes)
    {
        api.MapPost("/import", ImportAsync).WithTags("Import").WithName("ImportCorpusFiles")
            .WithSummary("Import corpus files (multipart/form-data, any supported format) and answer what was imported")
            .RequireAuthorization(CuratorPolicy.Name)
            .AddEndpointFilter<AntiforgeryRequired>()
            // This endpoint's own body limit instead of the app's general one (Kestrel:Limits:MaxRequestBodySize).
            .WithMetadata(new RequestSizeLimitAttribute(maxImportBytes + MultipartEnvelopeBytes));
        return api;
    }

    private static async Task<Results<Ok<ImportSummary>, ProblemHttpResult>> ImportAsync(
        HttpRequest request, ClaimsPrincipal user, BrowserImport import, CancellationToken cancellationToken)
    {
        try
        {
            // Before reading the body: a refused request uploads nothing.
            await import.AuthorizeAsync(user, cancellationToken);
            using var upload = import.NewUpload();
            if (!await MultipartFiles.ReadIntoAsync(request, upload, cancellationToken))
            {
                return Problem(StatusCodes.Status415UnsupportedMediaType, "Send the files as multipart/form-data");
            }
            if (upload.Count == 0)
            {
                return Problem(StatusCodes.Status400BadRequest, "No file in the request");
            }
            return TypedResults.Ok(await import.ImportAsync(user, upload, progress: null, cancellationToken));
        }
        catch (UploadTooLargeException e)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "Upload too large", e.Message);
        }
        catch (ImportRefusedException e)
        {
            return Problem(e.StatusCode, "Import refused", e.Message);
        }
        catch (CuratorRequiredException e)
        {
            return Problem(StatusCodes.Status401Unauthorized, "Sign in as a curator", e.Message);
        }
    }

    private static ProblemHttpResult Problem(int status, string title, string? detail = null) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: status);
}
