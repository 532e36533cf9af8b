using System.Collections;
using System.Globalization;
using CsvHelper;

namespace PaperGraph.Neo4j.Export;

/// <summary>One node or relationship file for <c>neo4j-admin database import full</c>: a one-line header file and a data
/// file, written a row at a time. Text is always quoted (CsvHelper doubles quotes inside), so an empty string stays an
/// empty string while an empty unquoted field is a missing property; arrays are joined with <see cref="ArrayDelimiter"/>.</summary>
internal sealed class AdminCsvFile : IAsyncDisposable
{
    /// <summary>The unit separator: no title, name or author uses it, and neo4j-admin accepts it as <c>U+001F</c>.</summary>
    public const char ArrayDelimiter = '\u001F';

    private static readonly CsvWriterOptions Options = new() { NewLine = "\n" };

    private readonly AdminImportFile _file;
    private readonly string[] _fields;
    private readonly CsvWriter _data;
    private long _rows;

    private AdminCsvFile(AdminImportFile file, IReadOnlyList<string> columns, CsvWriter data) =>
        (_file, _fields, _data) = (file, columns.Select(FieldOf).ToArray(), data);

    public AdminImportFile Written => _file with { Rows = _rows };

    public static async Task<AdminCsvFile> CreateAsync(string directory, string name, AdminFileKind kind, IReadOnlyList<string> columns,
        CancellationToken cancellationToken)
    {
        var file = new AdminImportFile(kind, Path.Combine(directory, name + ".header.csv"), Path.Combine(directory, name + ".csv"), 0);
        await using (var header = CsvWriter.Create(File.Create(file.HeaderPath), Options, leaveOpen: false))
        {
            header.WriteHeader(columns.ToArray());
            await header.FlushAsync(cancellationToken);
        }
        return new AdminCsvFile(file, columns, CsvWriter.Create(File.Create(file.DataPath), Options, leaveOpen: false));
    }

    /// <summary>Writes one row: each column's value is the row's field named as the column before its type
    /// (<c>year:int</c> reads <c>year</c>), or as the column itself for <c>:LABEL</c>, <c>:TYPE</c>, <c>:START_ID</c>
    /// and <c>:END_ID</c>. A field the row lacks is written empty.</summary>
    public async Task WriteRowAsync(IReadOnlyDictionary<string, object?> row, CancellationToken cancellationToken)
    {
        foreach (var field in _fields)
        {
            var (text, quoted) = Cell(row.GetValueOrDefault(field));
            _data.WriteField(text, quoted ? CsvQuoting.Always : CsvQuoting.WhenNeeded);
        }
        await _data.EndRecordAsync(cancellationToken);
        _rows++;
    }

    public ValueTask DisposeAsync() => _data.DisposeAsync();

    private static string FieldOf(string column) =>
        column.StartsWith(':') ? column.Split('(')[0] : column.Split(':')[0];

    private static (string Text, bool Quoted) Cell(object? value) => value switch
    {
        null => ("", false),
        string text => (text, true),
        bool flag => (flag ? "true" : "false", false),
        double number => (number.ToString("R", CultureInfo.InvariantCulture), false),
        IFormattable number => (number.ToString(null, CultureInfo.InvariantCulture), false),
        IEnumerable<string> texts => Array(texts.Select(text => text.Replace(ArrayDelimiter, ' ')), quoted: true),
        IEnumerable numbers => Array(numbers.Cast<IFormattable>().Select(number => number.ToString(null, CultureInfo.InvariantCulture)), quoted: false),
        _ => throw new ArgumentException($"No CSV cell for a {value.GetType().Name}.", nameof(value)),
    };

    /// <summary>An empty list is written as a missing property: neo4j-admin has no spelling for an empty array.</summary>
    private static (string Text, bool Quoted) Array(IEnumerable<string> items, bool quoted)
    {
        var text = string.Join(ArrayDelimiter, items);
        return text.Length == 0 ? ("", false) : (text, quoted);
    }
}
