using System.Text.Json;
using PaperGraph.Core.Corpus;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Tests.Fuzzing;

/// <summary>A corpus format under fuzzing: how a real paper is written as one record of it, and how far a broken record
/// may disturb its neighbours. A new reader is fuzzed by adding one entry to <see cref="All"/>.</summary>
/// <param name="Neighbourhood">Records on each side of a broken one that may be lost with it (a listing pairs lines,
/// so a broken title can take the abstract after it along); records farther away must still be read.</param>
/// <param name="Identify">What identifies a read paper as the written one (its title, or its text for lines).</param>
public sealed record FuzzedFormat(
    CorpusFormat Format, string Extension, Func<Paper, string> Write, Func<Paper, string> Identify, int Neighbourhood)
{
    public static IReadOnlyList<FuzzedFormat> All { get; } =
    [
        new(CorpusFormat.JsonLines, ".jsonl",
            paper => JsonSerializer.Serialize(new { title = paper.Title, @abstract = paper.Abstract, year = paper.Year, authors = paper.Authors }),
            paper => paper.Title, Neighbourhood: 0),
        new(CorpusFormat.Abstracts, ".txt", paper => $"{paper.Title}\n{paper.Abstract}", paper => paper.Title, Neighbourhood: 1),
        new(CorpusFormat.Lines, ".txt", paper => paper.Abstract, paper => paper.Abstract, Neighbourhood: 0),
    ];

    public override string ToString() => Format.ToString();
}
