using System.Text;

namespace PaperGraph.Core.Corpus.Formats;

/// <summary>Streams the entries of a BibTeX file: <c>@type{key, name = {value} # "value" # macro, ...}</c>, with
/// <c>@string</c> macros, and <c>@comment</c>/<c>@preamble</c> skipped. Text outside entries is a comment, as
/// in BibTeX itself. A malformed entry is reported by its line and reading resumes at the next line starting
/// with <c>@</c>. No BibTeX parser is served on our package feed, hence this one.</summary>
internal sealed class BibTexParser(TextReader text)
{
    private const int MaxValueChars = 1024 * 1024;

    private static readonly Dictionary<string, string> MonthMacros = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jan"] = "January", ["feb"] = "February", ["mar"] = "March", ["apr"] = "April", ["may"] = "May", ["jun"] = "June",
        ["jul"] = "July", ["aug"] = "August", ["sep"] = "September", ["oct"] = "October", ["nov"] = "November", ["dec"] = "December",
    };

    private readonly Dictionary<string, string> _macros = new(MonthMacros, StringComparer.OrdinalIgnoreCase);
    private int _line = 1;
    private bool _atLineStart = true;

    /// <summary>Entries, or the line and problem of one that could not be read.</summary>
    public IEnumerable<(BibTexEntry? Entry, int Line, string? Problem)> Read(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!SkipTo('@'))
            {
                yield break;
            }
            var line = _line;
            (BibTexEntry? Entry, string? Problem) result;
            try
            {
                result = (ReadEntry(line), null);
            }
            catch (RecordFormatException e)
            {
                result = (null, e.Message);
                SkipToEntryStart();
            }
            if (result.Entry is not null || result.Problem is not null)
            {
                yield return (result.Entry, line, result.Problem);
            }
        }
    }

    /// <summary>Reads after the <c>@</c>; null for <c>@comment</c>, <c>@preamble</c> and <c>@string</c>.</summary>
    private BibTexEntry? ReadEntry(int line)
    {
        var type = ReadName().ToLowerInvariant();
        if (type.Length == 0)
        {
            throw new RecordFormatException("\"@\" not followed by an entry type");
        }
        SkipWhite();
        StopAtNextEntry($"@{type} not followed by \"{{\" before the next entry");
        var open = Read();
        if (open is not ('{' or '('))
        {
            throw new RecordFormatException($"@{type} not followed by \"{{\"");
        }
        var close = open == '{' ? '}' : ')';
        if (type is "comment" or "preamble")
        {
            ReadBalanced(close);
            return null;
        }
        if (type == "string")
        {
            var (name, value) = ReadField();
            _macros[name] = value;
            SkipWhite();
            Expect(close);
            return null;
        }
        var key = ReadUntil(',', close).Trim();
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (true)
        {
            SkipWhite();
            var next = Peek();
            if (next == close)
            {
                Read();
                return new BibTexEntry(line, type, key, fields);
            }
            if (next == ',')
            {
                Read();
                continue;
            }
            if (next < 0)
            {
                throw new RecordFormatException($"@{type}{{{key}: file ends inside the entry");
            }
            var (name, value) = ReadField();
            fields[name] = value;
        }
    }

    private (string Name, string Value) ReadField()
    {
        SkipWhite();
        var name = ReadName().ToLowerInvariant();
        if (name.Length == 0)
        {
            throw new RecordFormatException($"expected a field name at line {_line}");
        }
        SkipWhite();
        Expect('=');
        var value = new StringBuilder();
        while (true)
        {
            SkipWhite();
            var c = Peek();
            if (c == '{')
            {
                Read();
                value.Append(ReadBalanced('}'));
            }
            else if (c == '"')
            {
                Read();
                value.Append(ReadQuoted());
            }
            else if (char.IsLetterOrDigit((char)c))
            {
                var word = ReadName();
                value.Append(_macros.TryGetValue(word, out var expanded) ? expanded : word);
            }
            else
            {
                throw new RecordFormatException($"field \"{name}\" has no value at line {_line}");
            }
            SkipWhite();
            if (Peek() != '#')
            {
                return (name, value.ToString());
            }
            Read();
        }
    }

    /// <summary>Text up to the matching close brace (consumed, not returned); inner braces are kept.</summary>
    private string ReadBalanced(char close) => ReadDelimited(close, "unbalanced braces");

    private string ReadQuoted() => ReadDelimited('"', "unterminated quoted value");

    /// <summary>Text up to <paramref name="close"/> outside inner braces; the close is consumed, not returned.</summary>
    private string ReadDelimited(char close, string problem)
    {
        var start = _line;
        var sb = new StringBuilder();
        var depth = 0;
        while (true)
        {
            StopAtNextEntry($"value from line {start} not closed before the next entry");
            var c = Read();
            if (c < 0 || sb.Length > MaxValueChars)
            {
                throw new RecordFormatException($"{problem} from line {start}");
            }
            if (c == close && depth == 0)
            {
                return sb.ToString();
            }
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            sb.Append((char)c);
        }
    }

    /// <summary>An <c>@</c> at the start of a line inside an entry is the next entry: this one was cut off (a value
    /// never closed, a header or field broken off). It is left unread, so only this entry is lost; BibTeX itself
    /// would swallow the next one.</summary>
    private void StopAtNextEntry(string problem)
    {
        if (_atLineStart && Peek() == '@')
        {
            throw new RecordFormatException(problem);
        }
    }

    private string ReadName()
    {
        var sb = new StringBuilder();
        while (Peek() is var c and >= 0 && (char.IsLetterOrDigit((char)c) || c is '_' or '-' or ':' or '.' or '+' or '/'))
        {
            sb.Append((char)Read());
        }
        return sb.ToString();
    }

    private string ReadUntil(char stop, char close)
    {
        var sb = new StringBuilder();
        while (Peek() is var c and >= 0 && c != stop && c != close && c != '\n')
        {
            sb.Append((char)Read());
        }
        if (Peek() != stop)
        {
            throw new RecordFormatException("entry key not followed by \",\"");
        }
        Read();
        return sb.ToString();
    }

    private void Expect(char wanted)
    {
        StopAtNextEntry($"expected \"{wanted}\" before the next entry at line {_line}");
        if (Read() != wanted)
        {
            throw new RecordFormatException($"expected \"{wanted}\" at line {_line}");
        }
    }

    private void SkipWhite()
    {
        while (Peek() is var c and >= 0 && char.IsWhiteSpace((char)c))
        {
            Read();
        }
    }

    private bool SkipTo(char wanted)
    {
        int c;
        while ((c = Read()) >= 0)
        {
            if (c == wanted)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>After a bad entry: on to the next line that starts with <c>@</c>, left unread.</summary>
    private void SkipToEntryStart()
    {
        while (Peek() >= 0 && !(_atLineStart && Peek() == '@'))
        {
            Read();
        }
    }

    private int Peek() => text.Peek();

    private int Read()
    {
        var c = text.Read();
        _atLineStart = c == '\n';
        if (_atLineStart)
        {
            _line++;
        }
        return c;
    }
}
