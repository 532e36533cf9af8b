using System.Text;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Tests.Fuzzing;

/// <summary>Ways a real record gets broken in files people have: cut off, binary or control bytes, bad UTF-8, a line
/// too long to be an abstract, JSON nested beyond any parser's depth, unbalanced braces, a 100k-character abstract.</summary>
public enum MutationKind
{
    Truncate,
    InsertNul,
    InsertControlBytes,
    InsertInvalidUtf8,
    HugeLine,
    DeepNesting,
    UnbalancedBraces,
    LongAbstract,
}

/// <param name="Position">Where in the record the mutation applies, as a share of its length.</param>
public sealed record RecordMutation(MutationKind Kind, double Position, byte Control)
{
    /// <summary>Longer than the reader's line limit in the fuzz tests (<see cref="ReaderFuzzTests.MaxLineBytes"/>).</summary>
    public const int HugeLineBytes = 300 * 1024;

    public const int LongAbstractCharacters = 100_000;

    private static readonly byte[][] InvalidUtf8 = [[0xC3, 0x28], [0xFF], [0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80]];

    /// <summary>The paper as the mutation leaves it before it is written (only <see cref="MutationKind.LongAbstract"/> changes it).</summary>
    public Paper Prepare(Paper paper)
    {
        if (Kind != MutationKind.LongAbstract)
        {
            return paper;
        }
        return paper with { Abstract = Lengthen(paper.Abstract) };
    }

    /// <summary>The text repeated to <see cref="LongAbstractCharacters"/> characters or a little more.</summary>
    public static string Lengthen(string text)
    {
        var longer = new StringBuilder(LongAbstractCharacters + text.Length);
        while (longer.Length < LongAbstractCharacters)
        {
            longer.Append(text).Append(' ');
        }
        return longer.ToString();
    }

    /// <summary>The written record's bytes, broken.</summary>
    public byte[] Apply(byte[] record)
    {
        var at = Math.Clamp((int)(Position * record.Length), 0, record.Length);
        return Kind switch
        {
            MutationKind.Truncate => record[..at],
            MutationKind.InsertNul => Insert(record, at, [0]),
            MutationKind.InsertControlBytes => Insert(record, at, [Control, (byte)'\r', 0x7F, Control]),
            MutationKind.InsertInvalidUtf8 => Insert(record, at, InvalidUtf8[Control % InvalidUtf8.Length]),
            MutationKind.HugeLine => Insert(record, at, Encoding.ASCII.GetBytes(new string('x', HugeLineBytes))),
            MutationKind.DeepNesting => Insert(record, at, Encoding.ASCII.GetBytes(new string('[', 50_000) + new string('{', 50_000))),
            MutationKind.UnbalancedBraces => Insert(record, at, "{{}@article{x,\"}"u8.ToArray()),
            _ => record,
        };
    }

    private static byte[] Insert(byte[] record, int at, byte[] inserted) => [.. record.AsSpan(0, at), .. inserted, .. record.AsSpan(at)];
}
