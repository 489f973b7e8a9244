using Npgsql;

namespace Sahel.Kb.Tests.Support;

/// <summary>
/// The private PostgreSQL server <c>./test.sh</c> starts on 127.0.0.1 (its connection string in
/// <c>KB_TEST_POSTGRES</c>): each test gets a database of its own, dropped afterwards.
/// </summary>
public static class TestPostgres
{
    public const string Variable = "KB_TEST_POSTGRES";

    /// <summary>Whether the tests were given a server.</summary>
    public static bool Available => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 };

    /// <summary>Why a test of <paramref name="testClass"/> is skipped: it runs on PostgreSQL and no server was given; null otherwise.</summary>
    public static string? SkipReason(string testClass) =>
        testClass.Contains("Postgres", StringComparison.Ordinal) && !Available
            ? $"needs a PostgreSQL server: {Variable} is not set (./test.sh starts one)"
            : null;

    public static string Server =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } server
            ? server
            : throw new InvalidOperationException($"{Variable} is not set: run ./test.sh, which starts a private PostgreSQL server for the tests.");

    /// <summary>Creates an empty database; returns its connection string.</summary>
    public static string Create(string name)
    {
        using var connection = new NpgsqlConnection(Server);
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        command.ExecuteNonQuery();
        return new NpgsqlConnectionStringBuilder(Server) { Database = name }.ToString();
    }

    public static void Drop(string name)
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(Server);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }
}
