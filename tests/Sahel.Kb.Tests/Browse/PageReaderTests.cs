using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Sahel.Kb.Browse;
using Sahel.Kb.Data;
using Sahel.Kb.Tests.Support;

namespace Sahel.Kb.Tests.Browse;

/// <summary>
/// A reader's prepared page as <see cref="PageReader"/> reads it: on SQLite through connections
/// kept open with the statement prepared, which must see what is written after they first read
/// and never a page a later change made stale.
/// </summary>
public abstract class PageReaderTests(DatabaseProvider provider) : IDisposable
{
    private const string Build = "build-1";
    private const string Origin = "https://kb.example.org";

    private readonly TestDatabase _database = new(provider);
    private readonly ConcurrentBag<KbDbContext> _contexts = [];

    public void Dispose()
    {
        foreach (var db in _contexts)
        {
            db.Dispose();
        }

        _database.Dispose();
        GC.SuppressFinalize(this);
    }

    [DatabaseFact]
    public async Task A_page_written_after_the_first_read_is_read_with_its_version()
    {
        await _database.ImportAsync(Files.Seed);
        using var reader = new PageReader(provider, _database.ConnectionString);
        var before = await ReadAsync(reader, "minusma");

        var version = await WriteAsync("minusma", [1, 2, 3]);

        Assert.Null(before);
        var page = await ReadAsync(reader, "minusma");
        Assert.NotNull(page);
        Assert.Equal(version, page.Version);
        Assert.Equal([1, 2, 3], page.Html);
    }

    [DatabaseFact]
    public async Task A_page_a_later_change_marked_is_not_read_and_one_written_again_is()
    {
        await _database.ImportAsync(Files.Seed);
        using var reader = new PageReader(provider, _database.ConnectionString);
        await WriteAsync("minusma", [1]);
        var current = await ReadAsync(reader, "minusma");

        await using (var db = _database.CreateContext())
        {
            var id = await db.Articles.Where(a => a.Slug == "minusma").Select(a => a.Id).SingleAsync();
            await KnowledgeVersion.BumpAsync(db);
            await PageStore.MarkAsync(db, [id], CancellationToken.None);
        }

        var stale = await ReadAsync(reader, "minusma");
        await WriteAsync("minusma", [2]);

        Assert.NotNull(current);
        Assert.Null(stale);
        Assert.Equal([2], (await ReadAsync(reader, "minusma"))?.Html ?? []);
    }

    [DatabaseFact]
    public async Task Only_the_page_of_its_slug_language_build_and_origin_is_read()
    {
        await _database.ImportAsync(Files.Seed);
        using var reader = new PageReader(provider, _database.ConnectionString);
        await WriteAsync("minusma", [1]);

        Assert.NotNull(await ReadAsync(reader, "minusma"));
        Assert.Null(await ReadAsync(reader, "kidal-offensive"));
        Assert.Null(await reader.ReadAsync(Context, "minusma", "fr", Build, Origin, CancellationToken.None));
        Assert.Null(await reader.ReadAsync(Context, "minusma", "en", "build-2", Origin, CancellationToken.None));
        Assert.Null(await reader.ReadAsync(Context, "minusma", "en", Build, "https://other.example.org", CancellationToken.None));
    }

    [DatabaseFact]
    public async Task Readers_at_once_each_get_their_own_page()
    {
        await _database.ImportAsync(Files.Seed);
        string[] slugs = ["minusma", "kidal-offensive", "iyad-ag-ghaly"];
        for (var i = 0; i < slugs.Length; i++)
        {
            await WriteAsync(slugs[i], [(byte)i]);
        }

        using var reader = new PageReader(provider, _database.ConnectionString);
        // More readers at once than connections kept: the extra ones open and close their own.
        var reads = await Task.WhenAll(Enumerable.Range(0, 4 * PageReader.Kept).Select(i => Task.Run(async () =>
            (Index: i % slugs.Length, Page: await reader.ReadAsync(Context, slugs[i % slugs.Length], "en", Build, Origin, CancellationToken.None)))));

        Assert.All(reads, read => Assert.Equal([(byte)read.Index], read.Page?.Html ?? []));
    }

    private KbDbContext Context()
    {
        var db = _database.CreateContext();
        _contexts.Add(db);
        return db;
    }

    private Task<StoredPage?> ReadAsync(PageReader reader, string slug) =>
        reader.ReadAsync(Context, slug, "en", Build, Origin, CancellationToken.None);

    /// <summary>Stores a page of <paramref name="slug"/> at the current version; returns the version.</summary>
    private async Task<long> WriteAsync(string slug, byte[] html)
    {
        await using var db = _database.CreateContext();
        var article = await db.Articles.SingleAsync(a => a.Slug == slug);
        var version = await KnowledgeVersion.ReadAsync(db);
        var page = new PreparedPage { ArticleId = article.Id, Language = "en", Slug = slug, Origin = Origin, Build = Build, Version = version, Html = html };
        Assert.Equal(1, await PageStore.WriteAsync(db, [page], CancellationToken.None));
        return version;
    }
}

public sealed class PageReaderOnSqliteTests() : PageReaderTests(DatabaseProvider.Sqlite)
{
    [Fact]
    public void The_kept_statement_finds_its_row_through_an_index()
    {
        using var database = new TestDatabase();
        using var connection = new SqliteConnection(database.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + PageReader.SqliteSql;
        foreach (var name in (string[])["$slug", "$language", "$build", "$origin"])
        {
            command.Parameters.AddWithValue(name, "x");
        }

        using var plan = command.ExecuteReader();
        var lines = new List<string>();
        while (plan.Read())
        {
            lines.Add(plan.GetString(3));
        }

        Assert.Contains(lines, line => line.Contains("USING INDEX IX_PreparedPages_Slug_Language", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.StartsWith("SCAN", StringComparison.Ordinal));
    }
}

/// <summary>On PostgreSQL the page is read through the context's connection: the same answers.</summary>
public sealed class PageReaderOnPostgresTests() : PageReaderTests(DatabaseProvider.Postgres);
