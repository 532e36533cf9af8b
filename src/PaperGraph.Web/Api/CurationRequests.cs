using PaperGraph.Core.Model;
using PaperGraph.Core.Suggestions;

namespace PaperGraph.Web.Api;

/// <summary>Bodies of the curation API's calls. <c>SeenVersions</c> are the entity versions the caller decided on
/// (from <c>GET /api/curation/versions</c>); a change made meanwhile by someone else answers 409 with the current state.</summary>
public sealed record MergeBody(string From, string Into, IReadOnlyDictionary<string, long>? SeenVersions = null);

/// <summary>Undo entry <paramref name="EntryId"/>, or the latest decision when it is null.</summary>
public sealed record UndoBody(long? EntryId = null, IReadOnlyDictionary<string, long>? SeenVersions = null);

public sealed record NotAnEntityBody(string Entity, IReadOnlyDictionary<string, long>? SeenVersions = null);

public sealed record AcceptLinkBody(string PaperId, string Entity, RelationType Role);

public sealed record RejectSuggestionBody(SuggestionKind Kind, string SourceId, string TargetId);
