using Microsoft.EntityFrameworkCore;
using Sahel.Kb.Domain;
using Sahel.Kb.Editing;
using Sahel.Kb.Tests.Support;

namespace Sahel.Kb.Tests.Editing;

public sealed class ArticleEditorTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly string _seeds = Directory.CreateTempSubdirectory("sahel-kb-seeds-").FullName;

    public void Dispose()
    {
        _database.Dispose();
        Directory.Delete(_seeds, recursive: true);
    }

    private async Task<string> CopySeedAsync()
    {
        var copy = Path.Combine(_seeds, Path.GetFileName(Files.Seed));
        File.Copy(Files.Seed, copy, overwrite: true);
        await _database.ImportSeedSetAsync(_seeds);
        return copy;
    }

    private async Task EditAsync(string slug, Func<ArticleFields, ArticleFields> change)
    {
        await using var db = _database.CreateContext();
        var article = await db.Articles.Include(a => a.Aliases).SingleAsync(a => a.Slug == slug);
        await new ArticleEditor(db, TimeProvider.System).SaveAsync(slug, change(ArticleFields.Of(article)), "amina");
    }

    [Fact]
    public async Task An_edited_field_survives_a_reimport_and_a_changed_seed_value_is_a_conflict_with_both_versions()
    {
        var seed = await CopySeedAsync();
        await EditAsync("minusma", f => f with { Summary = "MINUSMA, as our editors put it." });
        var unchanged = await _database.ImportSeedSetAsync(_seeds);
        Assert.Equal(0, unchanged.Conflicts);

        await File.WriteAllTextAsync(seed, (await File.ReadAllTextAsync(seed)).Replace("the UN's deadliest peacekeeping", "the UN's most dangerous peacekeeping", StringComparison.Ordinal));
        var report = await _database.ImportSeedSetAsync(_seeds);

        Assert.Equal(1, report.Conflicts);
        var conflict = Assert.Single(report.Changes, c => c.Change == ChangeKind.Conflict);
        Assert.Equal(("minusma", "summary", "MINUSMA, as our editors put it."), (conflict.Slug, conflict.Field, conflict.Old));
        Assert.Contains("most dangerous", conflict.New, StringComparison.Ordinal);
        Assert.Equal("MINUSMA, as our editors put it.", (await _database.ArticleAsync("minusma")).Summary);
        await using var db = _database.CreateContext();
        Assert.Single(db.Conflicts, c => c.Field == "summary" && c.Resolution == null);
    }

    [Fact]
    public async Task Taking_the_seeds_version_hands_the_field_back_to_the_seeds()
    {
        var seed = await CopySeedAsync();
        await EditAsync("minusma", f => f with { Summary = "Edited." });
        await File.WriteAllTextAsync(seed, (await File.ReadAllTextAsync(seed)).Replace("the UN's deadliest peacekeeping", "the UN's most dangerous peacekeeping", StringComparison.Ordinal));
        await _database.ImportSeedSetAsync(_seeds);

        await using (var db = _database.CreateContext())
        {
            var conflict = await db.Conflicts.SingleAsync();
            await new ArticleEditor(db, TimeProvider.System).ResolveAsync(conflict.Id, ConflictResolution.TookSeed, "amina");
        }

        Assert.Contains("most dangerous", (await _database.ArticleAsync("minusma")).Summary, StringComparison.Ordinal);
        await File.WriteAllTextAsync(seed, (await File.ReadAllTextAsync(seed)).Replace("most dangerous", "most perilous", StringComparison.Ordinal));
        var report = await _database.ImportSeedSetAsync(_seeds);
        Assert.Equal(0, report.Conflicts);
        Assert.Contains("most perilous", (await _database.ArticleAsync("minusma")).Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edited_aliases_are_exactly_the_editors_and_an_import_adds_none_back()
    {
        await CopySeedAsync();
        await EditAsync("jamaat-nasr-al-islam-wal-muslimin", f => f with { Aliases = ["JNIM", "Nusrat al-Islam"] });

        await _database.ImportSeedSetAsync(_seeds);

        Assert.Equal(["JNIM", "Nusrat al-Islam"], (await _database.ArticleAsync("jamaat-nasr-al-islam-wal-muslimin")).Aliases);
    }

    [Fact]
    public async Task A_title_without_letters_is_refused_and_nothing_is_saved()
    {
        await CopySeedAsync();

        var error = await Assert.ThrowsAsync<EditException>(() => EditAsync("minusma", f => f with { Title = " -- " }));

        Assert.Equal("The title needs at least one letter or digit.", error.Message);
        Assert.Equal("MINUSMA", (await _database.ArticleAsync("minusma")).Title);
        await using var db = _database.CreateContext();
        Assert.Empty(db.Revisions);
    }
}
