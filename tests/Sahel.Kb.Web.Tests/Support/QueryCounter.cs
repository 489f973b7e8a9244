using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Sahel.Kb.Data;

namespace Sahel.Kb.Web.Tests.Support;

/// <summary>Counts the SQL statements the app runs (each of a batch's), to show a page's cost does not grow with its links.</summary>
public sealed class QueryCounter : DbCommandInterceptor, IStatementObserver
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    public void Executing(string sql, IReadOnlyList<(string Name, object? Value)> parameters) =>
        Interlocked.Add(ref _count, QueryRecorder.Statements(sql).Count);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Add(ref _count, QueryRecorder.Statements(command.CommandText).Count);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }
}
