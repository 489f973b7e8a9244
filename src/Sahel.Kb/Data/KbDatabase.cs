using Microsoft.EntityFrameworkCore;

namespace Sahel.Kb.Data;

/// <summary>The database engines the knowledge base runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded file: the default, for one machine.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server, for several app instances behind a load balancer.</summary>
    Postgres,
}

/// <summary>Configuration section <c>Kb:Database</c>; the connection string is <c>ConnectionStrings:Kb</c> for either provider.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Kb:Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}

/// <summary>Points a context at the configured engine, with the migrations written for it.</summary>
public static class KbDatabase
{
    /// <summary>The assembly that holds the PostgreSQL migrations; the SQLite ones live beside the model.</summary>
    public const string PostgresMigrationsAssembly = "Sahel.Kb.Postgres";

    public static DbContextOptionsBuilder<T> UseKbDatabase<T>(this DbContextOptionsBuilder<T> options, DatabaseProvider provider, string connectionString)
        where T : DbContext
    {
        ((DbContextOptionsBuilder)options).UseKbDatabase(provider, connectionString);
        return options;
    }

    public static DbContextOptionsBuilder UseKbDatabase(this DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString) =>
        provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(connectionString),
            DatabaseProvider.Postgres => options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(PostgresMigrationsAssembly)),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Kb:Database:Provider is Sqlite or Postgres"),
        };
}
