using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Sahel.Kb.Data;

/// <summary>A backup or restore that cannot be done. The message is one line naming the file.</summary>
public sealed class BackupException(string file, string problem) : Exception($"{file}: {problem}");

/// <summary>
/// Copies of the SQLite database made with SQLite's online backup: consistent while the site
/// serves and imports, since the copy is of one committed state. A copy is written beside its
/// target and renamed into place only when whole and checked, so a failed backup leaves no
/// half-written file, and a failed restore leaves the live database as it was.
/// </summary>
public static class DatabaseBackup
{
    /// <summary>Writes a copy of the live database to <paramref name="file"/>; returns the number of articles it holds.</summary>
    public static async Task<int> BackupAsync(KbDbContext db, string file, CancellationToken cancellationToken = default)
    {
        var live = LiveConnection(db, file);
        var partial = file + ".partial";
        File.Delete(partial);
        try
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            using (var target = Open(partial, SqliteOpenMode.ReadWriteCreate))
            {
                live.BackupDatabase(target);
                // A backup is one self-contained file, without a write-ahead log beside it.
                using var journal = target.CreateCommand();
                journal.CommandText = "PRAGMA journal_mode=DELETE;";
                journal.ExecuteNonQuery();
            }

            var articles = await CheckAsync(partial, file, cancellationToken);
            File.Move(partial, file, overwrite: true);
            return articles;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SqliteException)
        {
            throw new BackupException(file, $"the backup could not be written ({e.Message.TrimEnd('.')})");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(partial);
        }
    }

    /// <summary>Replaces the live database's content by a backup's, after checking the backup; returns its number of articles.</summary>
    public static async Task<int> RestoreAsync(KbDbContext db, string file, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(file))
        {
            throw new BackupException(file, "no such file");
        }

        var live = LiveConnection(db, file);
        var articles = await CheckAsync(file, file, cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        using (var source = Open(file, SqliteOpenMode.ReadOnly))
        {
            // One step: the live database changes in one transaction, all of the backup or none of it.
            source.BackupDatabase(live);
        }

        await db.Database.CloseConnectionAsync();
        SqliteConnection.ClearAllPools();
        return articles;
    }

    /// <summary>Whether <paramref name="path"/> is a sound Sahel KB database; its number of articles.</summary>
    private static async Task<int> CheckAsync(string path, string name, CancellationToken cancellationToken)
    {
        try
        {
            using var connection = Open(path, SqliteOpenMode.ReadOnly);
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA integrity_check;";
            var integrity = (string?)await command.ExecuteScalarAsync(cancellationToken);
            if (integrity != "ok")
            {
                throw new BackupException(name, $"the database is damaged ({integrity})");
            }

            command.CommandText = """SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('Articles', '__EFMigrationsHistory');""";
            if ((long)(await command.ExecuteScalarAsync(cancellationToken))! != 2)
            {
                throw new BackupException(name, "not a Sahel KB database (it has no articles table)");
            }

            command.CommandText = """SELECT count(*) FROM "Articles";""";
            return (int)(long)(await command.ExecuteScalarAsync(cancellationToken))!;
        }
        catch (SqliteException e)
        {
            throw new BackupException(name, $"not a SQLite database ({e.Message.TrimEnd('.')})");
        }
    }

    private static SqliteConnection LiveConnection(KbDbContext db, string file) =>
        db.Database.GetDbConnection() as SqliteConnection
            ?? throw new BackupException(file, "backup and restore copy a SQLite database; on PostgreSQL, use pg_dump and pg_restore");

    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
