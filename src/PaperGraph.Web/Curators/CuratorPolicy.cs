using System.Security.Claims;
using PaperGraph.Core.Curators;

namespace PaperGraph.Web.Curators;

/// <summary>Who may change the graph: a signed-in curator. The principal carries the account name, which the audit log records.</summary>
public static class CuratorPolicy
{
    public const string Name = "Curator";
    public const string Role = "curator";

    public static ClaimsPrincipal Principal(CuratorAccount account) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, account.Name), new Claim(ClaimTypes.Role, Role)],
        Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationDefaults.AuthenticationScheme));

    /// <summary>The curator's name when <paramref name="user"/> is a signed-in curator, else null.</summary>
    public static string? CuratorName(ClaimsPrincipal? user) =>
        user is { Identity.IsAuthenticated: true } && user.IsInRole(Role) ? user.Identity.Name : null;
}
