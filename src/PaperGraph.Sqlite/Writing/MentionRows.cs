using System.Globalization;
using System.Text;

namespace PaperGraph.Sqlite.Writing;

/// <summary>A paper's mentions as the JSON array of [entity_pk, start, end] stored on its row, in text order.</summary>
internal sealed class MentionRows
{
    private readonly SortedSet<(int Start, int End, long EntityPk)> _rows = [];

    public void Add(long entityPk, int start, int end) => _rows.Add((start, end, entityPk));

    public string ToJson()
    {
        var json = new StringBuilder("[");
        foreach (var (start, end, entityPk) in _rows)
        {
            json.Append(json.Length > 1 ? ",[" : "[")
                .Append(entityPk.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(start.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(end.ToString(CultureInfo.InvariantCulture)).Append(']');
        }
        return json.Append(']').ToString();
    }
}
