using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using PaperGraph.Core.Model;

namespace PaperGraph.Core.Corpus;

/// <summary>Reads a scraped listing: header lines, then alternating title and abstract lines.
/// Title lines before the first title/abstract pair are page header and skipped; after it, a title
/// without an abstract, an abstract without a title or an unreadable line rejects that record only.</summary>
public sealed class AbstractsCorpusReader(IOptions<CorpusReaderOptions> options) : ICorpusReader
{
    public CorpusFormat Format => CorpusFormat.Abstracts;

    public async IAsyncEnumerable<CorpusRecord> ReadAsync(Stream stream, string fileName, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var lines = new BoundedLineReader(options.Value.MaxLineBytes);
        var duplicates = new DuplicatePaperCheck(fileName);
        var state = new ListingState();
        await foreach (var line in lines.ReadAsync(stream, cancellationToken))
        {
            var record = Next(state, line, fileName, duplicates);
            if (record is not null)
            {
                yield return record;
            }
        }
        if (state.PendingTitle is { } pending)
        {
            yield return state.InBody
                ? Reject(fileName, pending.Line, $"empty abstract: no abstract line after the title \"{pending.Text}\"")
                : Reject(fileName, 1, "no title and abstract line pairs found; is this the abstracts format?");
        }
    }

    private static CorpusRecord? Next(ListingState state, SourceLine line, string fileName, DuplicatePaperCheck duplicates)
    {
        if (line.Problem is not null)
        {
            // The unreadable line belongs to the pending record, or starts one whose abstract must be skipped too.
            state.SkipNextAbstract = state.PendingTitle is null;
            state.PendingTitle = null;
            state.InBody = true;
            return Reject(fileName, line.Number, line.Problem);
        }
        var text = line.Text!.Trim();
        if (text.Length == 0)
        {
            return TakeEmptyAbstract(state, fileName, line.Number);
        }
        if (ListingLayout.IsAbstract(text))
        {
            return TakeAbstract(state, text, fileName, line.Number, duplicates);
        }
        return TakeTitle(state, text, fileName, line.Number);
    }

    private static CorpusRecord? TakeEmptyAbstract(ListingState state, string fileName, int lineNumber)
    {
        if (state.PendingTitle is not { } pending || !state.InBody)
        {
            return null;
        }
        state.PendingTitle = null;
        return Reject(fileName, pending.Line, $"empty abstract (line {lineNumber} is blank) for the title \"{pending.Text}\"");
    }

    private static CorpusRecord? TakeAbstract(ListingState state, string text, string fileName, int lineNumber, DuplicatePaperCheck duplicates)
    {
        if (state.PendingTitle is not { } pending)
        {
            if (state.SkipNextAbstract)
            {
                state.SkipNextAbstract = false;
                return null;
            }
            state.InBody = true;
            return Reject(fileName, lineNumber, "abstract without a title line before it");
        }
        var title = TextCleanup.CollapseWhitespace(pending.Text);
        if (!state.InBody && state.HeaderLines > 0)
        {
            title = PageChrome.StripGluedControl(title);
        }
        state.PendingTitle = null;
        state.InBody = true;
        var paper = new Paper(PaperIdentity.For(title), title, text);
        var duplicate = duplicates.Check(paper, pending.Line);
        return duplicate is null ? CorpusRecord.Valid(pending.Line, paper) : CorpusRecord.Rejected(duplicate);
    }

    private static CorpusRecord? TakeTitle(ListingState state, string text, string fileName, int lineNumber)
    {
        var previous = state.PendingTitle;
        state.PendingTitle = (lineNumber, text);
        state.SkipNextAbstract = false;
        if (previous is not { } pending)
        {
            return null;
        }
        if (!state.InBody)
        {
            state.HeaderLines++;
            return null;
        }
        return Reject(fileName, pending.Line, $"empty abstract: the title \"{pending.Text}\" is followed by another title");
    }

    private static CorpusRecord Reject(string fileName, int line, string message) =>
        CorpusRecord.Rejected(new CorpusError(fileName, line, message));

    private sealed class ListingState
    {
        public (int Line, string Text)? PendingTitle { get; set; }

        /// <summary>Past the page header: the first record (good or bad) has been seen.</summary>
        public bool InBody { get; set; }

        public int HeaderLines { get; set; }

        public bool SkipNextAbstract { get; set; }
    }
}
