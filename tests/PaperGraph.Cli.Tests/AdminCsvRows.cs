using CsvHelper;

namespace PaperGraph.Cli.Tests;

/// <summary>An exported node or relationship file read back with CsvHelper: its header file's columns and its data rows.</summary>
internal sealed record AdminCsvRows(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    public static AdminCsvRows Read(string directory, string name) =>
        new(ReadAll(Path.Combine(directory, name + ".header.csv")).Single(), ReadAll(Path.Combine(directory, name + ".csv")));

    public IEnumerable<string> Column(string column) => Rows.Select(row => row[Index(column)]);

    public IReadOnlyList<string> RowWhere(string column, string value) => Rows.Single(row => row[Index(column)] == value);

    public int Index(string column) => Columns.ToList().IndexOf(column) is >= 0 and var index
        ? index
        : throw new KeyNotFoundException($"No column {column} in {string.Join(',', Columns)}.");

    private static List<IReadOnlyList<string>> ReadAll(string path)
    {
        using var reader = CsvReader.Create(File.OpenRead(path), new CsvReaderOptions { HasHeader = false });
        var rows = new List<IReadOnlyList<string>>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToList());
        }
        return rows;
    }
}
