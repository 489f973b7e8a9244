using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Sahel.Kb.Data;

/// <summary>
/// Several SQL statements sent in one command, read result set by result set. For the hottest
/// page, where a dozen LINQ queries cost more in EF Core than in SQLite. The command goes through
/// EF Core's pipeline, so its logging and interceptors see it like any other query.
/// </summary>
public static class SqlBatch
{
    /// <summary>Runs <paramref name="sql"/>, whose parameters are written <c>{0}</c>, <c>{1}</c>…, and returns its reader.</summary>
    public static async Task<RelationalDataReader> ReadAsync(this DbContext db, string sql, IReadOnlyList<object> parameters, CancellationToken cancellationToken)
    {
        var command = db.GetService<IRawSqlCommandBuilder>().Build(sql, parameters);
        return await command.RelationalCommand.ExecuteReaderAsync(
            new RelationalCommandParameterObject(
                db.GetService<IRelationalConnection>(),
                command.ParameterValues,
                readerColumns: null,
                db,
                db.GetService<IRelationalCommandDiagnosticsLogger>()),
            cancellationToken);
    }

    /// <summary>Every row of the current result set, then moves to the next one.</summary>
    public static async Task<List<T>> RowsAsync<T>(this DbDataReader reader, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        await reader.NextResultAsync(cancellationToken);
        return rows;
    }
}
