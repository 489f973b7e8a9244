using Microsoft.EntityFrameworkCore;
using Sahel.Kb.Editing;
using Sahel.Kb.Tests.Support;
using Sahel.Kb.Text;

namespace Sahel.Kb.Tests.Editing;

/// <summary>What an import changes in an article is in its history, as an edit would be, and can be undone the same way.</summary>
public sealed class ImportRevisionTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("sahel-kb-pages-").FullName;

    public void Dispose()
    {
        _database.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_summary_an_import_changed_is_a_revision_named_for_the_import_and_restorable()
    {
        await _database.ImportAsync(Files.Seed);
        var seeded = await _database.ArticleAsync("kidal-region");
        var before = seeded.Summary;
        // A page whose Kidal Region snippet is longer than the seed's (its text as the mirror writes it, on one line): the merge takes it.
        var page = Path.Combine(_folder, "kidal-region-long.txt");
        await File.WriteAllTextAsync(page, $"Kidal Region\n   HOME\n\nKidal Region\n{SummaryText.ToPlain(seeded.Summary)} It borders Algeria, and its towns include Tessalit, Aguelhok and Anefis.\n");

        var report = await _database.ImportAsync(page);

        await using var db = _database.CreateContext();
        var revisions = await db.Revisions.Where(r => db.Articles.Any(a => a.Id == r.ArticleId && a.Slug == "kidal-region")).OrderBy(r => r.Number).ToListAsync();
        // The new page repeats the seed's "created as a separate region in 1991": the date is now given by both pages.
        Assert.Equal(
            [(1, "import", "as imported"), (2, $"import #{report.RunId}", $"import #{report.RunId} changed summary, dates, sources")],
            revisions.Select(r => (r.Number, r.Author, r.Note)));
        Assert.Equal(before, revisions[0].Summary);
        Assert.EndsWith("Tessalit, Aguelhok and Anefis.", revisions[1].Summary, StringComparison.Ordinal);

        await new ArticleEditor(db, TimeProvider.System).RestoreAsync("kidal-region", 1, "amina");

        Assert.Equal(before, (await _database.ArticleAsync("kidal-region")).Summary);
    }

    [Fact]
    public async Task An_import_that_changes_nothing_writes_no_revision()
    {
        await _database.ImportAsync(Files.Seed);
        await _database.ImportAsync(Files.Seed);

        await using var db = _database.CreateContext();
        Assert.Equal(0, await db.Revisions.CountAsync());
    }
}
