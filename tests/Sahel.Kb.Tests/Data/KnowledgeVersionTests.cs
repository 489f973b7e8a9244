using Microsoft.EntityFrameworkCore;
using Sahel.Kb.Data;
using Sahel.Kb.Editing;
using Sahel.Kb.Tests.Support;

namespace Sahel.Kb.Tests.Data;

/// <summary>The knowledge base's version moves with every change, in the change's transaction, and never comes back to a number it had.</summary>
public sealed class KnowledgeVersionTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("sahel-kb-version-").FullName;

    public void Dispose()
    {
        _database.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<long> VersionAsync()
    {
        await using var db = _database.CreateContext();
        return await KnowledgeVersion.ReadAsync(db);
    }

    [Fact]
    public async Task An_import_and_an_edit_move_it_and_a_dry_run_does_not()
    {
        var empty = await VersionAsync();
        await _database.ImportAsync(Files.Seed);
        var imported = await VersionAsync();
        await _database.ImportAsync(dryRun: true, Files.Seed);
        var dryRun = await VersionAsync();
        await using (var db = _database.CreateContext())
        {
            var article = await db.Articles.Include(a => a.Aliases).SingleAsync(a => a.Slug == "minusma");
            await new ArticleEditor(db, TimeProvider.System).SaveAsync("minusma", ArticleFields.Of(article) with { Summary = "Edited." }, "amina");
        }

        Assert.Equal(empty + 1, imported);
        Assert.Equal(imported, dryRun);
        Assert.Equal(imported + 1, await VersionAsync());
    }

    [Fact]
    public async Task A_restored_backup_gets_a_number_the_live_database_never_had()
    {
        await _database.ImportAsync(Files.Seed);
        var backup = Path.Combine(_folder, "backup.db");
        await using (var db = _database.CreateContext())
        {
            await DatabaseBackup.BackupAsync(db, backup);
        }

        await _database.ImportAsync(Files.Fixture("wagner-group.txt"));
        var beforeRestore = await VersionAsync();

        // As the restore verb does: the live version is read first, then moved past.
        await using (var db = _database.CreateContext())
        {
            var seen = await KnowledgeVersion.ReadAsync(db);
            await DatabaseBackup.RestoreAsync(db, backup);
            await DatabaseSetup.MigrateAsync(db);
            await KnowledgeVersion.MovePastAsync(db, seen);
        }

        var restored = await VersionAsync();
        await _database.ImportAsync(Files.Fixture("minusma-short.txt"));

        // The backup said beforeRestore - 1; a later import would have said beforeRestore again.
        Assert.Equal(beforeRestore + 1, restored);
        Assert.Equal(beforeRestore + 2, await VersionAsync());
    }
}
