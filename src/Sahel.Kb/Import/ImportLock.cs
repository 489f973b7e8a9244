using Microsoft.EntityFrameworkCore;

namespace Sahel.Kb.Import;

/// <summary>
/// One import at a time across every app instance on one database. On PostgreSQL, a transaction
/// advisory lock: a second import waits for the first to commit, then reads what it wrote. On
/// SQLite, the database's own write lock does the same for every process on the file.
/// </summary>
public static class ImportLock
{
    /// <summary>The advisory lock's key: "SahelKb" in ASCII.</summary>
    public const long Key = 0x536168656C4B62;

    /// <summary>Takes the lock for the current transaction; it is released when the transaction ends.</summary>
    public static async Task TakeAsync(DbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({Key})", cancellationToken);
        }
    }
}
