using System.Collections;
using PaperGraph.Core.Graph;

namespace PaperGraph.Store.Contract;

/// <summary>Rebuilt papers whose source fails partway: from the <paramref name="failingPass"/>th time they are read (a
/// store reads a rewrite's papers once for their ids, then again to write them), the first paper comes and then the
/// source throws, as a rebuild that crashes in the middle of the write would.</summary>
internal sealed class PaperRecordsThatFail(IReadOnlyList<PaperRecord> records, int failingPass = 2) : IReadOnlyList<PaperRecord>
{
    private int _passes;

    public int Count => records.Count;

    public PaperRecord this[int index] => records[index];

    public IEnumerator<PaperRecord> GetEnumerator()
    {
        if (++_passes < failingPass)
        {
            return records.GetEnumerator();
        }
        return FailAfterFirst();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private IEnumerator<PaperRecord> FailAfterFirst()
    {
        yield return records[0];
        throw new IOException("The paper source failed in the middle of the rebuild.");
    }
}
