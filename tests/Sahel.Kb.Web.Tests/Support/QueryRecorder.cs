using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Sahel.Kb.Web.Tests.Support;

/// <summary>
/// Records the queries the app runs for the requests a test watches (<see cref="Watch"/>), with
/// their parameter values, so a test can count them or ask SQLite how it plans them. What runs in
/// the background meanwhile (the page preparer, a version check of another request) is not
/// recorded: the test server must preserve the execution context for the watch to reach the app.
/// </summary>
public sealed partial class QueryRecorder : DbCommandInterceptor
{
    public sealed record Query(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters);

    private static readonly AsyncLocal<QueryRecorder?> s_watching = new();

    private readonly ConcurrentQueue<Query> _queries = new();

    public IReadOnlyList<Query> Queries => [.. _queries];

    /// <summary>How many statements the recorded queries ran (a batch runs several).</summary>
    public int StatementCount => Queries.Sum(q => Statements(q.Sql).Count);

    /// <summary>Records what runs from here, in this flow of execution, until the result is disposed; forgets what was recorded before.</summary>
    public IDisposable Watch()
    {
        _queries.Clear();
        s_watching.Value = this;
        return new Unwatch();
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return base.ReaderExecuting(command, eventData, result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Record(DbCommand command)
    {
        if (s_watching.Value == this)
        {
            _queries.Enqueue(new Query(command.CommandText, command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value)).ToList()));
        }
    }

    private sealed class Unwatch : IDisposable
    {
        public void Dispose() => s_watching.Value = null;
    }

    /// <summary>The statements of a command: a batch sends several, each ending its line with a semicolon.</summary>
    public static IReadOnlyList<string> Statements(string sql) =>
        StatementEnd().Split(sql).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();

    /// <summary>The lines of SQLite's plan for every statement of a recorded query.</summary>
    public static async Task<IReadOnlyList<string>> PlanAsync(string databasePath, Query query)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var plan = new List<string>();
        foreach (var statement in Statements(query.Sql))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "EXPLAIN QUERY PLAN " + statement;
            foreach (var (name, value) in query.Parameters)
            {
                command.Parameters.AddWithValue(name, value ?? DBNull.Value);
            }

            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(3));
            }
        }

        return plan;
    }

    [GeneratedRegex(@";[ \t]*(?:\r?\n|$)")]
    private static partial Regex StatementEnd();
}
