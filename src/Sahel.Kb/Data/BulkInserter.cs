using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Sahel.Kb.Data;

/// <summary>
/// Inserts many new rows of one entity type in the context's current transaction with one
/// prepared statement, and sets each row's generated key. EF Core sends one command per row
/// through its change tracker (the SQLite provider does not batch); an import writes tens of
/// thousands of rows, so it writes them here. Columns, value converters and quoting come from
/// the EF model, so the statement is the same on every provider that supports RETURNING. Where
/// the provider batches commands (PostgreSQL), rows go <see cref="BatchSize"/> to a round trip;
/// SQLite runs in the process, where a round trip costs nothing.
/// </summary>
public sealed class BulkInserter<T> : IAsyncDisposable
    where T : class
{
    private readonly DbCommand _command;
    private readonly (IProperty Property, DbParameter Parameter)[] _columns;
    private readonly PropertyInfo _key;

    public BulkInserter(KbDbContext db)
    {
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var sql = db.GetService<ISqlGenerationHelper>();
        var key = entityType.FindPrimaryKey()!.Properties.Single();
        _key = key.PropertyInfo!;
        var properties = entityType.GetProperties().Where(p => p != key).ToArray();

        _command = db.Database.GetDbConnection().CreateCommand();
        _command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk inserts run inside the import's transaction.");
        _columns = properties.Select((p, i) =>
        {
            var parameter = _command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            _command.Parameters.Add(parameter);
            return (p, parameter);
        }).ToArray();
        var table = sql.DelimitIdentifier(entityType.GetTableName()!);
        var columns = string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName())));
        var values = string.Join(", ", _columns.Select(c => c.Parameter.ParameterName));
        _command.CommandText = $"INSERT INTO {table} ({columns}) VALUES ({values}) RETURNING {sql.DelimitIdentifier(key.GetColumnName())}";
    }

    /// <summary>Rows sent in one round trip where the provider batches.</summary>
    public const int BatchSize = 1000;

    public async Task InsertAsync(IEnumerable<T> rows, CancellationToken cancellationToken = default)
    {
        if (_command.Connection!.CanCreateBatch)
        {
            foreach (var chunk in rows.Chunk(BatchSize))
            {
                await InsertBatchAsync(chunk, cancellationToken);
            }

            return;
        }

        foreach (var row in rows)
        {
            foreach (var (property, parameter) in _columns)
            {
                parameter.Value = ValueOf(property, row);
            }

            SetKey(row, await _command.ExecuteScalarAsync(cancellationToken));
        }
    }

    public ValueTask DisposeAsync() => _command.DisposeAsync();

    private async Task InsertBatchAsync(T[] rows, CancellationToken cancellationToken)
    {
        await using var batch = _command.Connection!.CreateBatch();
        batch.Transaction = _command.Transaction;
        foreach (var row in rows)
        {
            var command = batch.CreateBatchCommand();
            command.CommandText = _command.CommandText;
            foreach (var (property, parameter) in _columns)
            {
                var value = command.CreateParameter();
                value.ParameterName = parameter.ParameterName;
                value.Value = ValueOf(property, row);
                command.Parameters.Add(value);
            }

            batch.BatchCommands.Add(command);
        }

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        foreach (var row in rows)
        {
            await reader.ReadAsync(cancellationToken);
            SetKey(row, reader.GetValue(0));
            await reader.NextResultAsync(cancellationToken);
        }
    }

    private static object ValueOf(IProperty property, T row)
    {
        var value = property.PropertyInfo!.GetValue(row);
        var converter = property.GetTypeMapping().Converter;
        return (converter is null || value is null ? value : converter.ConvertToProvider(value)) ?? DBNull.Value;
    }

    private void SetKey(T row, object? id) =>
        _key.SetValue(row, Convert.ChangeType(id, _key.PropertyType, System.Globalization.CultureInfo.InvariantCulture));
}

public static class BulkInsert
{
    /// <summary>Inserts new rows with one prepared statement in the current transaction, setting their keys.</summary>
    public static async Task InsertAsync<T>(this KbDbContext db, IEnumerable<T> rows, CancellationToken cancellationToken = default)
        where T : class
    {
        await using var inserter = new BulkInserter<T>(db);
        await inserter.InsertAsync(rows, cancellationToken);
    }
}
