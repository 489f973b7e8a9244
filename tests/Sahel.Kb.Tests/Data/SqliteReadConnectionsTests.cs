using Sahel.Kb.Data;
using Sahel.Kb.Tests.Support;

namespace Sahel.Kb.Tests.Data;

public sealed class SqliteReadConnectionsTests : IDisposable
{
    private const string Titles = """SELECT "Title" FROM "Articles" WHERE "Slug" = {0} OR "Slug" = {1} ORDER BY "Title";""";

    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task A_kept_connection_sees_what_an_import_wrote_after_it_first_read()
    {
        using var reads = new SqliteReadConnections(_database.ConnectionString, []);
        Assert.Empty(await TitlesAsync(reads, "kidal-offensive", "wagner-group"));

        await _database.ImportAsync(Files.Seed, Files.Fixture("wagner-group.txt"));

        Assert.Equal(["Kidal offensive", "Wagner Group"], await TitlesAsync(reads, "kidal-offensive", "wagner-group"));
    }

    [Fact]
    public async Task A_prepared_statement_takes_new_values_each_time()
    {
        await _database.ImportAsync(Files.Seed, Files.Fixture("wagner-group.txt"));
        using var reads = new SqliteReadConnections(_database.ConnectionString, []);

        var first = await TitlesAsync(reads, "kidal-offensive", "no-such-article");
        var second = await TitlesAsync(reads, "wagner-group", "no-such-article");

        Assert.Equal(["Kidal offensive"], first);
        Assert.Equal(["Wagner Group"], second);
    }

    [Fact]
    public async Task Observers_see_each_statement_with_its_values()
    {
        var observer = new Recorder();
        using var reads = new SqliteReadConnections(_database.ConnectionString, [observer]);

        await TitlesAsync(reads, "kidal-offensive", "gao");

        var (sql, parameters) = Assert.Single(observer.Seen);
        Assert.Contains("\"Slug\" = $p0 OR \"Slug\" = $p1", sql, StringComparison.Ordinal);
        Assert.Equal([("$p0", (object?)"kidal-offensive"), ("$p1", "gao")], parameters);
    }

    [Fact]
    public async Task A_failed_statement_leaves_no_connection_behind_that_would_fail_the_next()
    {
        using var reads = new SqliteReadConnections(_database.ConnectionString, []);

        Assert.ThrowsAny<Microsoft.Data.Sqlite.SqliteException>(() => reads.Read("SELECT * FROM \"NoSuchTable\";", []));

        Assert.Empty(await TitlesAsync(reads, "kidal-offensive", "gao"));
    }

    private static async Task<List<string>> TitlesAsync(SqliteReadConnections reads, string first, string second)
    {
        await using var result = reads.Read(Titles, [first, second]);
        var titles = new List<string>();
        while (await result.Reader.ReadAsync())
        {
            titles.Add(result.Reader.GetString(0));
        }

        return titles;
    }

    private sealed class Recorder : IStatementObserver
    {
        public List<(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters)> Seen { get; } = [];

        public void Executing(string sql, IReadOnlyList<(string Name, object? Value)> parameters) => Seen.Add((sql, parameters));
    }
}
