namespace PaperGraph.Web.Components.Graph;

/// <summary>The ids of the nodes sent to the canvas since it was last cleared, oldest first. Nodes the user
/// hid stay listed: the canvas skips edges to nodes it lacks, so asking about them costs only a little.</summary>
public sealed class ShownNodes
{
    private readonly List<string> _order = [];
    private readonly HashSet<string> _ids = [];

    public void Add(IEnumerable<string> ids)
    {
        foreach (var id in ids)
        {
            if (_ids.Add(id))
            {
                _order.Add(id);
            }
        }
    }

    public void Clear()
    {
        _order.Clear();
        _ids.Clear();
    }

    /// <summary>The given nodes joined by the most recently shown others, at most <paramref name="max"/> ids.</summary>
    public IReadOnlyCollection<string> WithLatest(IEnumerable<string> nodeIds, int max)
    {
        var chosen = new HashSet<string>(nodeIds.Take(max));
        for (var i = _order.Count - 1; i >= 0 && chosen.Count < max; i--)
        {
            chosen.Add(_order[i]);
        }
        return chosen;
    }
}
