using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using PaperGraph.Core.Curators;
using PaperGraph.Web.Curators;

namespace PaperGraph.Web.Hosting;

/// <summary>Who may change the graph: curator accounts (<c>papergraph curators add</c>), cookie sign-in and the
/// <see cref="CuratorPolicy"/>. Reading needs none of it.</summary>
public static class CuratorAuthenticationExtensions
{
    /// <summary>Bound to <see cref="CuratorAccountsOptions"/>: <c>PaperGraph:Curators:Path</c> names the accounts file.</summary>
    public const string SectionName = PaperGraphWebOptions.SectionName + ":Curators";

    public static IHostApplicationBuilder AddCuratorAuthentication(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<CuratorAccountsOptions>().Bind(builder.Configuration.GetSection(SectionName));
        services.AddSingleton(provider => new CuratorAccountsFile(CuratorAccountsOptions.Resolve(
            provider.GetRequiredService<IOptions<CuratorAccountsOptions>>().Value.Path,
            provider.GetRequiredService<PaperGraphPaths>().DatabasePath)));
        services.AddSingleton<CuratorCookieEvents>();
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(cookie =>
        {
            cookie.LoginPath = CuratorSignInEndpoints.SignInPath;
            cookie.LogoutPath = CuratorSignInEndpoints.SignOutPath;
            cookie.AccessDeniedPath = CuratorSignInEndpoints.SignInPath;
            cookie.Cookie.Name = "PaperGraph.Curator";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
            cookie.EventsType = typeof(CuratorCookieEvents);
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(CuratorPolicy.Name, policy => policy.RequireAuthenticatedUser().RequireRole(CuratorPolicy.Role));
        services.AddAntiforgery(antiforgery => antiforgery.HeaderName = AntiforgeryRequired.HeaderName);
        services.AddCascadingAuthenticationState();
        services.AddSingleton<CuratorRequests>();
        services.AddSingleton<CurationActions>();
        return builder;
    }

    /// <summary>After routing, before antiforgery (which needs to know the user).</summary>
    public static WebApplication UseCuratorAuthentication(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }
}
