using System.Globalization;
using System.Text;
using PaperGraph.Core.Model;

namespace PaperGraph.Sqlite.Writing;

/// <summary>A paper's relations as a JSON array of [entity_pk, role] for one json_each insert. Only integers
/// and enum names go in, so no escaping is needed.</summary>
internal sealed class RelationRows
{
    private readonly HashSet<(long, RelationType)> _rows = [];

    public int Count => _rows.Count;

    public void Add(long entityPk, RelationType role) => _rows.Add((entityPk, role));

    public string ToJson()
    {
        var json = new StringBuilder("[");
        foreach (var (entityPk, role) in _rows)
        {
            json.Append(json.Length > 1 ? ",[" : "[").Append(entityPk.ToString(CultureInfo.InvariantCulture))
                .Append(",\"").Append(StoredRows.Name(role)).Append("\"]");
        }
        return json.Append(']').ToString();
    }
}
