using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using PaperGraph.Core.Curators;

namespace PaperGraph.Web.Curators;

/// <summary><c>POST /signin</c> and <c>POST /signout</c> (forms of the sign-in page and the app bar), and
/// <c>GET /api/antiforgery</c>, the token a script sends with state-changing API calls.</summary>
public static class CuratorSignInEndpoints
{
    public const string SignInPath = "/signin";
    public const string SignOutPath = "/signout";

    public static IEndpointRouteBuilder MapCuratorSignIn(this IEndpointRouteBuilder app)
    {
        // The token is checked in the handlers, not by the framework, so that a stale or forged form gets a 400 that
        // says what happened instead of an empty one (which the status-code pages would show as "not found").
        app.MapPost(SignInPath, SignInAsync).DisableAntiforgery().ExcludeFromDescription();
        app.MapPost(SignOutPath, SignOutAsync).DisableAntiforgery().ExcludeFromDescription();
        app.MapGet("/api/antiforgery", Token).WithTags("Curation").WithName("GetAntiforgeryToken")
            .WithSummary($"An antiforgery token to send in the {AntiforgeryRequired.HeaderName} header of state-changing calls");
        return app;
    }

    /// <summary>The sign-in page's address that comes back to <paramref name="returnUrl"/> afterwards.</summary>
    public static string SignInPage(string? returnUrl, bool failed = false) =>
        $"{SignInPath}?{(failed ? "failed=true&" : "")}returnUrl={Uri.EscapeDataString(LocalOrHome(returnUrl))}";

    private static async Task<IResult> SignInAsync(
        HttpContext http, [FromForm] SignInForm form, IAntiforgery antiforgery, CuratorAccountsFile accounts, ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return ExpiredForm();
        }
        var account = await accounts.VerifyAsync(form.Name ?? "", form.Password ?? "", cancellationToken);
        if (account is null)
        {
            loggers.CreateLogger(typeof(CuratorSignInEndpoints)).LogWarning("Failed sign-in as {Curator}", form.Name);
            return TypedResults.Redirect(SignInPage(form.ReturnUrl, failed: true));
        }
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, CuratorPolicy.Principal(account));
        return TypedResults.LocalRedirect(LocalOrHome(form.ReturnUrl));
    }

    private static async Task<IResult> SignOutAsync(HttpContext http, IAntiforgery antiforgery)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return ExpiredForm();
        }
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.LocalRedirect("/");
    }

    private static IResult Token(HttpContext http, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        return TypedResults.Ok(new AntiforgeryToken(tokens.RequestToken!, AntiforgeryRequired.HeaderName));
    }

    private static IResult ExpiredForm() => TypedResults.Problem(
        title: "The form expired or came from another site",
        detail: "Nothing was changed. Open the page again and resubmit.",
        statusCode: StatusCodes.Status400BadRequest);

    // Only a path on this site, so that the sign-in page cannot be used to send someone elsewhere.
    private static string LocalOrHome(string? url) =>
        url is ['/', not '/' and not '\\', ..] or "/" ? url : "/";

    /// <param name="HeaderName">Where to send <paramref name="Token"/>.</param>
    public sealed record AntiforgeryToken(string Token, string HeaderName);
}
