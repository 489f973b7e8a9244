using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Sahel.Kb.Data;
using Sahel.Kb.Export;
using Sahel.Kb.Import;

namespace Sahel.Kb.Tests.Support;

/// <summary>
/// A real database, migrated, deleted afterwards: a SQLite file in a temporary folder, or a
/// database of its own on the private PostgreSQL server that <c>./test.sh</c> starts.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sahel-kb-test-").FullName;
    private readonly string? _postgresName;

    public TestDatabase(DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        Provider = provider;
        if (provider == DatabaseProvider.Postgres)
        {
            _postgresName = $"kb_test_{Guid.NewGuid():N}";
            ConnectionString = TestPostgres.Create(_postgresName);
        }
        else
        {
            ConnectionString = $"Data Source={Path.Combine(_folder, "kb.db")};Pooling=False";
        }

        using var db = CreateContext();
        DatabaseSetup.MigrateAsync(db).GetAwaiter().GetResult();
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public KbDbContext CreateContext() =>
        new(new DbContextOptionsBuilder<KbDbContext>().UseKbDatabase(Provider, ConnectionString).Options);

    public async Task<ImportReport> ImportAsync(params string[] paths) => await ImportAsync(false, paths);

    public async Task<ImportReport> ImportAsync(bool dryRun, params string[] paths)
    {
        await using var db = CreateContext();
        var importer = new SeedImporter(db, new ImportOptions(), TimeProvider.System, NullLogger<SeedImporter>.Instance);
        return await importer.ImportAsync(paths, new ImportSettings(DryRun: dryRun));
    }

    /// <summary>Imports the pages as the whole seed set, as the app's "Re-run seed import" does.</summary>
    public async Task<ImportReport> ImportSeedSetAsync(params string[] paths)
    {
        await using var db = CreateContext();
        var importer = new SeedImporter(db, new ImportOptions(), TimeProvider.System, NullLogger<SeedImporter>.Instance);
        return await importer.ImportAsync(paths, new ImportSettings(CompleteSet: true, StartedBy: "test"));
    }

    public async Task<KnowledgeBaseExport> ExportAsync()
    {
        await using var db = CreateContext();
        return await ArticleExport.LoadAllAsync(db);
    }

    public async Task<string> ExportJsonAsync()
    {
        await using var db = CreateContext();
        using var stream = new MemoryStream();
        await ArticleExport.WriteAsync(db, stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    public async Task<ExportedArticle> ArticleAsync(string slug) =>
        (await ExportAsync()).Articles.Single(a => a.Slug == slug);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        if (_postgresName is not null)
        {
            TestPostgres.Drop(_postgresName);
        }
    }
}
