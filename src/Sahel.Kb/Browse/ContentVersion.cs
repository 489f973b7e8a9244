using System.Data.Common;
using Sahel.Kb.Data;

namespace Sahel.Kb.Browse;

/// <summary>
/// The knowledge base's version (<see cref="KnowledgeVersion"/>): a counter every import, edit
/// and restore moves forward in the transaction that writes the change, and that never repeats.
/// </summary>
public readonly record struct ContentVersion(long Number)
{
    /// <summary>The statement that reads the version, for a batch that wants it read with the rest.</summary>
    public const string Sql = """SELECT "Number" FROM "KnowledgeVersion" WHERE "Id" = 1;""";

    public static async Task<ContentVersion> ReadAsync(KbDbContext db, CancellationToken cancellationToken)
    {
        await using var result = await db.ReadAsync(Sql, [], cancellationToken);
        return (await result.DbDataReader.RowsAsync(FromRow, cancellationToken)).Single();
    }

    /// <summary>The version in a row of <see cref="Sql"/>.</summary>
    public static ContentVersion FromRow(DbDataReader row) => new(row.GetInt64(0));
}
