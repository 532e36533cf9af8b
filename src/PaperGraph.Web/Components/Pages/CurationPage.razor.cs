using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using PaperGraph.Core.Curation;
using PaperGraph.Core.Queries;
using PaperGraph.Core.Suggestions;
using PaperGraph.Web.Components.Curation;
using PaperGraph.Web.Curators;
using PaperGraph.Web.Services;

namespace PaperGraph.Web.Components.Pages;

/// <summary>The curation queue (merge clusters, link suggestions) and the audit log with undo. Every change goes
/// through <see cref="CurationActions"/>, the same gate as the API, with the entity versions this page showed, so a
/// curator who lost a race is told and shown the current state instead of overwriting it.</summary>
public sealed partial class CurationPage
{
    private const int PageSize = 20;

    private SuggestionQueuePage<MergeCluster> _clusters = new([], 0);
    private SuggestionQueuePage<LinkSuggestion> _links = new([], 0);
    private CurationLogPage _log = new([], 0);
    private IReadOnlyDictionary<string, long> _versions = new Dictionary<string, long>();
    private ClaimsPrincipal _user = new();
    private string? _busy;
    private CurationProgress? _progress;
    private string? _conflict;
    private string? _error;
    private Outcome? _done;
    private string? _mergeFrom;
    private string? _mergeInto;

    [Inject] private SuggestionService Suggestions { get; set; } = default!;

    [Inject] private CurationService Curation { get; set; } = default!;

    [Inject] private CurationActions Actions { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }

    private bool CanCurate => CuratorPolicy.CuratorName(_user) is not null;

    private bool Busy => _busy is not null;

    protected override async Task OnInitializedAsync()
    {
        if (AuthenticationState is not null)
        {
            _user = (await AuthenticationState).User;
        }
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _clusters = await Suggestions.GetMergeClustersAsync(0, PageSize);
        _links = await Suggestions.GetLinkSuggestionsAsync(0, PageSize);
        _log = await Curation.GetLogAsync(0, 50);
        var keys = _clusters.Items.SelectMany(c => c.Members).Select(m => m.Entity.Key)
            .Concat(_log.Entries.SelectMany(e => e.Rule.EntityKeys()))
            .ToHashSet(StringComparer.Ordinal);
        _versions = await Curation.GetVersionsAsync(keys);
    }

    private static string ClusterKey(MergeCluster cluster) => string.Join('|', cluster.Members.Select(m => m.Entity.Key));

    private Dictionary<string, long> Seen(params string[] keys) =>
        keys.Where(_versions.ContainsKey).ToDictionary(key => key, key => _versions[key], StringComparer.Ordinal);

    private async Task MergeClusterAsync(MergeChoice choice)
    {
        await RunAsync($"Merging {choice.FromKeys.Count} name(s) into {choice.IntoKey} and rebuilding their papers…", async () =>
        {
            CurationOutcome? last = null;
            foreach (var from in choice.FromKeys)
            {
                last = await Actions.MergeAsync(_user, from, choice.IntoKey, Seen(from, choice.IntoKey), new ShownProgress(this));
                // The survivor's version moved with this merge; the next one is checked against the new one.
                _versions = new Dictionary<string, long>(_versions) { [choice.IntoKey] = (await Curation.GetVersionsAsync([choice.IntoKey]))[choice.IntoKey] };
            }
            return new Outcome($"Merged {string.Join(", ", choice.FromKeys)} into {choice.IntoKey} ({last?.PapersRebuilt ?? 0} papers rebuilt).", choice.IntoKey);
        });
    }

    private async Task MergeByNameAsync()
    {
        var from = _mergeFrom!;
        var into = _mergeInto!;
        await RunAsync($"Merging {from} into {into} and rebuilding their papers…", async () =>
        {
            var outcome = await Actions.MergeAsync(_user, from, into, null, new ShownProgress(this));
            _mergeFrom = _mergeInto = null;
            var merge = (MergeEntities)outcome.Entry.Rule;
            return new Outcome($"Merged {merge.FromKey} into {merge.IntoKey} ({outcome.PapersRebuilt} papers rebuilt).", merge.IntoKey);
        });
    }

    private Task RejectClusterAsync(MergeCluster cluster) =>
        RunAsync("Rejecting the cluster's pairs…", async () =>
        {
            foreach (var pair in cluster.Pairs)
            {
                await Actions.RejectAsync(_user, SuggestionKind.MergeCandidate, pair.SourceKey, pair.TargetKey);
            }
            return new Outcome($"Rejected {cluster.Pairs.Count} pair(s); they stay out of the queue until the rejection is undone.", null);
        });

    private Task AcceptLinkAsync(LinkSuggestion link) =>
        RunAsync($"Adding {link.Role} of {link.Paper.Title} to {link.Entity.Name}…", async () =>
        {
            await Actions.AcceptLinkAsync(_user, link.Paper.Id, link.Entity.Key, link.Role);
            return new Outcome($"Added the {link.Role} relation of “{link.Paper.Title}” to {link.Entity.Name}.", link.Entity.Key);
        });

    private Task RejectLinkAsync(LinkSuggestion link) =>
        RunAsync("Rejecting the link…", async () =>
        {
            await Actions.RejectAsync(_user, SuggestionKind.MissingLink, link.Paper.Id, link.Entity.Key);
            return new Outcome($"Rejected the link of “{link.Paper.Title}” to {link.Entity.Name}.", null);
        });

    private Task UndoAsync(CurationEntry entry) =>
        RunAsync($"Undoing entry {entry.Id} and rebuilding its papers…", async () =>
        {
            var outcome = await Actions.UndoAsync(_user, entry.Id, Seen([.. entry.Rule.EntityKeys()]), new ShownProgress(this));
            return new Outcome($"Undid entry {entry.Id}: {CurationRuleText.Describe(entry.Rule)} ({outcome.PapersRebuilt} papers rebuilt).",
                entry.Rule.EntityKeys().FirstOrDefault());
        });

    /// <summary>Runs one change with the progress shown, then reloads the queue and log (merged names leave their
    /// clusters: the queue is re-clustered from what the store holds now).</summary>
    private async Task RunAsync(string progress, Func<Task<Outcome>> change)
    {
        _busy = progress;
        _progress = null;
        _conflict = _error = null;
        _done = null;
        StateHasChanged();
        try
        {
            _done = await change();
        }
        catch (CurationConflictException e)
        {
            _conflict = e.Message;
        }
        catch (Exception e) when (e is CurationRequestException or CuratorRequiredException)
        {
            _error = e.Message;
        }
        finally
        {
            await LoadAsync();
            _busy = null;
            _progress = null;
        }
    }

    /// <summary>The share of the touched papers rebuilt so far, as a percentage.</summary>
    private static double Percent(CurationProgress progress) => progress.Total == 0 ? 100 : 100.0 * progress.Done / progress.Total;

    /// <summary>Shows how far the running change is; a report comes per rebuilt paper, and the page re-renders as the
    /// change awaits the store.</summary>
    private sealed class ShownProgress(CurationPage page) : IProgress<CurationProgress>
    {
        public void Report(CurationProgress value)
        {
            page._progress = value;
            _ = page.InvokeAsync(page.StateHasChanged);
        }
    }

    private sealed record Outcome(string Text, string? EntityKey);
}
