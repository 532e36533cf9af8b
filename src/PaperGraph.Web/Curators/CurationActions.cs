using System.Security.Claims;
using PaperGraph.Core.Curation;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Model;
using PaperGraph.Core.Suggestions;

namespace PaperGraph.Web.Curators;

/// <summary>The changes a curator makes from the web, for the API and the curation page alike: each passes
/// <see cref="CuratorRequests"/> and then calls Core's <see cref="CurationService"/>.</summary>
public sealed class CurationActions(CuratorRequests requests, CurationService curation)
{
    /// <param name="progress">Told how far rebuilding the touched papers is.</param>
    public async Task<CurationOutcome> MergeAsync(
        ClaimsPrincipal user, string from, string into, IReadOnlyDictionary<string, long>? seenVersions,
        IProgress<CurationProgress>? progress = null, CancellationToken cancellationToken = default) =>
        await curation.MergeAsync(from, into, await RequestAsync(user, seenVersions, progress, cancellationToken), cancellationToken);

    /// <param name="progress">Told how far rebuilding the touched papers is.</param>
    public async Task<CurationOutcome> UndoAsync(
        ClaimsPrincipal user, long? entryId, IReadOnlyDictionary<string, long>? seenVersions,
        IProgress<CurationProgress>? progress = null, CancellationToken cancellationToken = default) =>
        await curation.UndoAsync(entryId, await RequestAsync(user, seenVersions, progress, cancellationToken), cancellationToken);

    public async Task<CurationOutcome> MarkNotAnEntityAsync(
        ClaimsPrincipal user, string entity, IReadOnlyDictionary<string, long>? seenVersions, CancellationToken cancellationToken = default) =>
        await curation.MarkNotAnEntityAsync(entity, await requests.ForAsync(user, seenVersions, cancellationToken: cancellationToken), cancellationToken);

    public async Task<CurationOutcome> AcceptLinkAsync(
        ClaimsPrincipal user, string paperId, string entity, RelationType role, CancellationToken cancellationToken = default) =>
        await curation.AcceptLinkAsync(paperId, entity, role, await requests.ForAsync(user, cancellationToken: cancellationToken), cancellationToken);

    public async Task<CurationOutcome> RejectAsync(
        ClaimsPrincipal user, SuggestionKind kind, string sourceId, string targetId, CancellationToken cancellationToken = default) =>
        await curation.RejectSuggestionAsync(kind, sourceId, targetId, await requests.ForAsync(user, cancellationToken: cancellationToken), cancellationToken);

    private async Task<CurationRequest> RequestAsync(
        ClaimsPrincipal user, IReadOnlyDictionary<string, long>? seenVersions, IProgress<CurationProgress>? progress, CancellationToken cancellationToken) =>
        await requests.ForAsync(user, seenVersions, cancellationToken: cancellationToken) with { Progress = progress };
}
