using PaperGraph.Core.Graph.Queries;

namespace PaperGraph.Sqlite.Reading;

/// <summary>An entity row: its primary key, public reference and parent.</summary>
internal sealed record StoredEntity(long Pk, EntityRef Ref, long? ParentPk);
