using Microsoft.Data.Sqlite;

namespace PaperGraph.Sqlite.Writing;

/// <summary>A statement prepared once per batch and executed for many rows. It runs synchronously:
/// Microsoft.Data.Sqlite's async calls complete synchronously anyway, and the batch loop is hot.</summary>
internal sealed class PreparedCommand : IDisposable
{
    private readonly SqliteCommand _command;
    private readonly SqliteParameter[] _parameters;

    public PreparedCommand(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameterNames)
    {
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = sql;
        _parameters = parameterNames.Select(name => _command.Parameters.Add(new SqliteParameter { ParameterName = name })).ToArray();
        _command.Prepare();
    }

    public int Execute(params ReadOnlySpan<object?> values)
    {
        Bind(values);
        return _command.ExecuteNonQuery();
    }

    public object? Scalar(params ReadOnlySpan<object?> values)
    {
        Bind(values);
        return _command.ExecuteScalar();
    }

    public List<T> List<T>(Func<SqliteDataReader, T> map, params ReadOnlySpan<object?> values)
    {
        Bind(values);
        using var reader = _command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }
        return rows;
    }

    public void Dispose() => _command.Dispose();

    private void Bind(ReadOnlySpan<object?> values)
    {
        for (var i = 0; i < _parameters.Length; i++)
        {
            _parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}
