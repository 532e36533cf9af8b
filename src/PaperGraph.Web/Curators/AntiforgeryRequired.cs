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
        try
        {
            await antiforgery.ValidateRequestAsync(context.HttpContext);
        }
        catch (AntiforgeryValidationException)
        {
            return TypedResults.Problem(
                title: "Missing or invalid antiforgery token",
                detail: $"Send the token from GET /api/antiforgery in the {HeaderName} header, with the cookie it sets.",
                statusCode: StatusCodes.Status400BadRequest);
        }
        return await next(context);
    }
}
