using System.Text;
using CsCheck;
using PaperGraph.Core.Corpus;
using PaperGraph.Core.Model;
using PaperGraph.Core.Tests.Corpus;

namespace PaperGraph.Core.Tests.Fuzzing;

/// <summary>Property-based fuzzing of every corpus reader: files of real records, one of them broken by a random
/// <see cref="RecordMutation"/>. Reading never throws or hangs, every rejected record names its file and a line of it,
/// and every record beyond the broken one's neighbourhood is still read.</summary>
public sealed class ReaderFuzzTests : IDisposable
{
    public const int MaxLineBytes = 256 * 1024;
    private const int RecordsPerFile = 6;
    private static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(20);
    private readonly CorpusFiles _files = new();

    public static TheoryData<string> Formats => new(FuzzedFormat.All.Select(f => f.ToString()));

    private static Gen<(int First, int Broken, RecordMutation Mutation)> Samples { get; } =
        Gen.Select(
            Gen.Int[0, RealPapers.All.Count - RecordsPerFile],
            Gen.Int[0, RecordsPerFile - 1],
            Gen.Enum<MutationKind>(),
            Gen.Double[0, 1],
            Gen.Byte[1, 31],
            (first, broken, kind, position, control) => (first, broken, new RecordMutation(kind, position, control == (byte)'\n' ? (byte)1 : control)));

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_broken_record_never_stops_the_reader_or_loses_its_distant_neighbours(string formatName)
    {
        var format = FuzzedFormat.All.Single(f => f.ToString() == formatName);
        Samples.Sample(sample => CheckAsync(format, sample.First, sample.Broken, sample.Mutation).GetAwaiter().GetResult(), iter: 120, threads: 1);
    }

    private async Task CheckAsync(FuzzedFormat format, int first, int broken, RecordMutation mutation)
    {
        var papers = RealPapers.All.Skip(first).Take(RecordsPerFile).ToList();
        var bytes = new List<byte>(Encoding.UTF8.GetBytes(format.Header));
        for (var i = 0; i < papers.Count; i++)
        {
            var record = Encoding.UTF8.GetBytes(format.Write(i == broken ? mutation.Prepare(papers[i]) : papers[i]));
            bytes.AddRange(i == broken ? mutation.Apply(record) : record);
            bytes.AddRange(Encoding.UTF8.GetBytes(i < papers.Count - 1 ? format.Separator : "\n" + format.Footer));
        }
        var path = _files.Write($"fuzz{format.Extension}", [.. bytes]);
        var lineCount = bytes.Count(b => b == (byte)'\n');

        var records = await ReadAllAsync(path, format.Format).WaitAsync(ReadTimeout);

        Assert.All(records.Where(r => r.Error is not null), r =>
        {
            Assert.Equal(path, r.Error!.File);
            Assert.InRange(r.Error.Line, 1, lineCount);
        });
        var read = records.Where(r => r.Paper is not null).Select(r => format.Identify(r.Paper!)).ToHashSet();
        var distant = papers.Where((_, i) => Math.Abs(i - broken) > format.Neighbourhood && (!format.KeepsOnlyEarlier || i < broken))
            .Select(format.Identify);
        Assert.All(distant, expected => Assert.Contains(expected, read));
    }

    private static async Task<List<CorpusRecord>> ReadAllAsync(string path, CorpusFormat format) =>
        await CorpusFiles.ReadAllAsync(path, format, MaxLineBytes);

    public void Dispose() => _files.Dispose();
}
