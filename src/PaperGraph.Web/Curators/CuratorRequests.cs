using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using PaperGraph.Core.Curation;
using PaperGraph.Core.Curators;

namespace PaperGraph.Web.Curators;

/// <summary>The one gate every change passes, from the API and from the curation page alike: the user must satisfy
/// <see cref="CuratorPolicy"/> and still have an account (a page's circuit keeps the user it started with, so a
/// curator removed meanwhile is caught here). The request names the curator for the audit log.</summary>
public sealed class CuratorRequests(IAuthorizationService authorization, CuratorAccountsFile accounts)
{
    /// <exception cref="CuratorRequiredException">The user may not change the graph.</exception>
    public async Task<CurationRequest> ForAsync(
        ClaimsPrincipal user, IReadOnlyDictionary<string, long>? seenVersions = null, string? note = null, CancellationToken cancellationToken = default)
    {
        if (!(await authorization.AuthorizeAsync(user, CuratorPolicy.Name)).Succeeded
            || CuratorPolicy.CuratorName(user) is not { } name
            || await accounts.FindAsync(name, cancellationToken) is not { } account)
        {
            throw new CuratorRequiredException();
        }
        return new CurationRequest(account.Name, note, seenVersions);
    }
}
