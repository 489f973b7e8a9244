using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Sahel.Kb.Data;

/// <summary>Told of every statement <see cref="SqliteReadConnections"/> runs, with its parameters (tests count and explain them).</summary>
public interface IStatementObserver
{
    void Executing(string sql, IReadOnlyList<(string Name, object? Value)> parameters);
}

/// <summary>
/// A few SQLite connections kept open, each keeping the statements it ran prepared. A connection
/// from ADO.NET's pool is closed after every request, which finalizes its statements and
/// unregisters EF Core's functions; for the article page, opening and preparing cost more than
/// running its queries (issue 6). Reads only: writes go through EF Core.
/// </summary>
public sealed partial class SqliteReadConnections(string connectionString, IEnumerable<IStatementObserver> observers) : IDisposable
{
    /// <summary>Idle connections beyond this many are closed: enough for the thread pool's readers on a busy server.</summary>
    private static readonly int MaxIdle = Environment.ProcessorCount * 4;

    private readonly IStatementObserver[] _observers = [.. observers];
    private readonly ConcurrentBag<PreparedConnection> _idle = [];
    private bool _disposed;

    /// <summary>
    /// Runs <paramref name="sql"/>, whose parameters are written <c>{0}</c>, <c>{1}</c>… as for
    /// <see cref="SqlBatch.ReadAsync"/>; the reader returns its connection to the pool when disposed.
    /// </summary>
    public PreparedReader Read(string sql, IReadOnlyList<object> parameters)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var connection = _idle.TryTake(out var idle) ? idle : new PreparedConnection(connectionString);
        try
        {
            var command = connection.Command(sql, parameters.Count);
            for (var i = 0; i < parameters.Count; i++)
            {
                command.Parameters[i].Value = parameters[i];
            }

            foreach (var observer in _observers)
            {
                observer.Executing(command.CommandText, [.. command.Parameters.Cast<SqliteParameter>().Select(p => (p.ParameterName, p.Value))]);
            }

            return new PreparedReader(command.ExecuteReader(), () => Return(connection));
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var connection))
        {
            connection.Dispose();
        }
    }

    private void Return(PreparedConnection connection)
    {
        if (_disposed || _idle.Count >= MaxIdle)
        {
            connection.Dispose();
            return;
        }

        _idle.Add(connection);
    }

    /// <summary>SQLite's own name for positional parameter <c>{i}</c>.</summary>
    private static string Named(string sql) => Placeholder().Replace(sql, m => "$p" + m.Groups[1].Value);

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Placeholder();

    private sealed class PreparedConnection : IDisposable
    {
        private readonly SqliteConnection _connection;
        private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

        public PreparedConnection(string connectionString)
        {
            _connection = new SqliteConnection(connectionString);
            _connection.Open();
        }

        public SqliteCommand Command(string sql, int parameterCount)
        {
            if (_commands.TryGetValue(sql, out var command))
            {
                return command;
            }

            command = _connection.CreateCommand();
            command.CommandText = Named(sql);
            for (var i = 0; i < parameterCount; i++)
            {
                command.Parameters.Add(new SqliteParameter($"$p{i}", DBNull.Value));
            }

            _commands.Add(sql, command);
            return command;
        }

        public void Dispose()
        {
            foreach (var command in _commands.Values)
            {
                command.Dispose();
            }

            _connection.Dispose();
        }
    }
}

/// <summary>A query's results; disposing it ends the read and gives the connection back.</summary>
public sealed class PreparedReader(DbDataReader reader, Action release) : IAsyncDisposable
{
    public DbDataReader Reader { get; } = reader;

    public async ValueTask DisposeAsync()
    {
        await Reader.DisposeAsync();
        release();
    }
}

/// <summary>
/// The hot pages' fixed queries: on SQLite through <see cref="SqliteReadConnections"/>, on
/// PostgreSQL through EF Core's pipeline (<see cref="SqlBatch"/>). Each query's text is the same
/// whatever its values, so a prepared statement serves every request.
/// </summary>
public sealed class PreparedReads(KbDbContext db, SqliteReadConnections? sqlite = null)
{
    /// <summary>The context for what is not a hot page's fixed query.</summary>
    public KbDbContext Context => db;

    public async Task<PreparedReader> ReadAsync(string sql, IReadOnlyList<object> parameters, CancellationToken cancellationToken)
    {
        if (sqlite is not null)
        {
            return sqlite.Read(sql, parameters);
        }

        var result = await db.ReadAsync(sql, parameters, cancellationToken);
        return new PreparedReader(result.DbDataReader, result.Dispose);
    }
}
