using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Sahel.Kb.Data;

namespace Sahel.Kb.Web.Tests.Support;

/// <summary>Records every query the app runs, with its parameter values, so a test can ask SQLite how it plans them.</summary>
public sealed partial class QueryRecorder : DbCommandInterceptor, IStatementObserver
{
    public sealed record Query(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters);

    private readonly ConcurrentQueue<Query> _queries = new();

    public IReadOnlyList<Query> Queries => [.. _queries];

    public void Clear() => _queries.Clear();

    public void Executing(string sql, IReadOnlyList<(string Name, object? Value)> parameters) =>
        _queries.Enqueue(new Query(sql, parameters));

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        _queries.Enqueue(new Query(command.CommandText, command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value)).ToList()));
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
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
