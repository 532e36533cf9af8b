namespace PaperGraph.Sqlite.Reading;

/// <summary>A node by table and primary key: a paper or an entity.</summary>
internal readonly record struct NodeRef(bool IsPaper, long Pk);

/// <summary>An adjacency from one node to another; <paramref name="Weight"/> is how connected the target is.</summary>
internal readonly record struct Adjacency(NodeRef From, NodeRef To, long Weight);
