using Microsoft.AspNetCore.Antiforgery;

namespace PaperGraph.Web.Curators;

/// <summary>Validates the antiforgery token of a state-changing API call (header <see cref="HeaderName"/>, with the
/// antiforgery cookie), answering 400 when it is missing or wrong. Minimal APIs check tokens by themselves only for
/// form posts; a JSON call sent with a curator's cookie from another site must fail just the same.</summary>
public sealed class AntiforgeryRequired(IAntiforgery antiforgery) : IEndpointFilter
{
    public const string HeaderName = "X-CSRF-TOKEN";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        // Only the header counts: without it the validator would read a form body (an upload) looking for the token.
        if (!context.HttpContext.Request.Headers.ContainsKey(HeaderName) || !await IsValidAsync(context.HttpContext))
        {
            return TypedResults.Problem(
                title: "Missing or invalid antiforgery token",
                detail: $"Send the token from GET /api/antiforgery in the {HeaderName} header, with the cookie it sets.",
                statusCode: StatusCodes.Status400BadRequest);
        }
        return await next(context);
    }

    private async Task<bool> IsValidAsync(HttpContext http)
    {
        try
        {
            await antiforgery.ValidateRequestAsync(http);
            return true;
        }
        catch (AntiforgeryValidationException)
        {
            return false;
        }
    }
}
