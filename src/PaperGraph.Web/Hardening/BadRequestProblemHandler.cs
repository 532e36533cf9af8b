using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace PaperGraph.Web.Hardening;

/// <summary>Answers a request the server could not read (a query value that does not bind, such as <c>limit=abc</c>;
/// a body or header over the limits) with its own 4xx status and a ProblemDetails body that says what was wrong.
/// Minimal APIs throw <see cref="BadHttpRequestException"/> for binding failures when
/// <see cref="RouteHandlerOptions.ThrowOnBadRequest"/> is on, which <see cref="HardeningExtensions"/> turns on in every
/// environment: left to the exception handler, it became a 500 in Development and an empty 400 elsewhere.</summary>
public sealed class BadRequestProblemHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }
        httpContext.Response.StatusCode = badRequest.StatusCode;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = badRequest.StatusCode,
                Title = "Invalid request",
                // The binder's message names the parameter and the value: 'Failed to bind parameter "int limit" from "abc".'
                Detail = badRequest.Message,
            },
        });
    }
}
