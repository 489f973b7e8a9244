using Microsoft.EntityFrameworkCore;
using Sahel.Kb.Data;
using Sahel.Kb.Editing;
using Sahel.Kb.Import;
using Sahel.Kb.Tests.Support;

namespace Sahel.Kb.Tests.Editing;

/// <summary>
/// An edit relinks only what it touches; what it leaves is what relinking the whole knowledge base
/// would give: the same aliases, mentions, wanted names and statements.
/// </summary>
public sealed class EditRelinkTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    public static TheoryData<string, string?, string?, string?> Edits => new()
    {
        // A summary that now mentions three articles and a new name, and no longer the old ones.
        { "kidal-region", null, "Kidal Region is a region of Mali. The Algiers Accords of 2015 and MINUSMA shaped it; the Gourma Council met there.", null },
        // A renamed article: every summary that names it links the new name, and the old name only as an alias.
        { "minusma", "United Nations Mission in Mali", null, null },
        // New aliases: "CMA-Azawad" written in another summary would now link.
        { "coordination-of-azawad-movements", null, null, "CMA\nCoordination des Mouvements de l'Azawad" },
        // A name one other summary writes (Hassan Ag Fagaga's "training in Libya and Syria") that no link or wanted name
        // holds and whose article that summary does not mention: only the search index finds it. (A made-up alias.)
        { "algiers-accords-2015", null, null, "Algiers Agreement\nSyria" },
        // Names written as the linker's variants, which the edit's relink must not sieve out: a surname alone, a long
        // name a letter off, a year after the name, a spelling with a hyphen.
        { "kidal-region", null, "Kidal Region is a region of Mali. Ghaly's men, Jama'a Nusrat ul-Islam wa al-Muslimin and the Battle of Kidal of 2023 marked it; Fahad Ag Al-Mahmoud fought there.", null },
        // An event whose summary now states participants.
        { "battle-of-kidal-2023", null, "The battle of Kidal was fought in 2023 between the CSP-PSD and the Malian Armed Forces near Kidal Region, during the Kidal offensive.", null },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public async Task An_edit_leaves_the_links_a_whole_relink_would_give(string slug, string? title, string? summary, string? aliases)
    {
        await _database.ImportAsync(Files.Seed);
        await using (var db = _database.CreateContext())
        {
            var article = await db.Articles.Include(a => a.Aliases).SingleAsync(a => a.Slug == slug);
            var fields = ArticleFields.Of(article);
            fields = fields with
            {
                Title = title ?? fields.Title,
                Summary = summary ?? fields.Summary,
                Aliases = aliases?.Split('\n') ?? fields.Aliases,
            };
            await new ArticleEditor(db, TimeProvider.System).SaveAsync(slug, fields, "amina");
        }

        var afterEdit = await LinksAsync();
        Assert.Equal(await LinksAfterWholeRelinkAsync(), afterEdit);
    }

    [Fact]
    public async Task Edits_that_keep_the_names_between_them_leave_the_links_a_whole_relink_would_give()
    {
        await _database.ImportAsync(Files.Seed);
        var index = new RecentEdits();
        // A first edit reads every name, before the rename; the next ones take them from the index.
        await EditAsync(index, "iyad-ag-ghaly", fields => fields with { Summary = fields.Summary + " He lives in hiding." });
        await EditAsync(index, "minusma", fields => fields with { Title = "United Nations Stabilization Mission" });
        // The second edit's sieve reads the names the first left: the mission's new title must be among them.
        await EditAsync(index, "mohamed-ag-najem", fields => fields with { Summary = "Mohamed Ag Najem is an Azawadi colonel who fought beside the United Nations Stabilization Mission." });
        await using (var db = _database.CreateContext())
        {
            Assert.NotNull(index.At(await KnowledgeVersion.ReadAsync(db)));
        }

        var afterEdits = await LinksAsync();
        Assert.Equal(await LinksAfterWholeRelinkAsync(), afterEdits);
        Assert.Contains("minusma", (await _database.ExportAsync()).Articles.Single(a => a.Slug == "mohamed-ag-najem").Mentions);
    }

    [Fact]
    public async Task Names_read_at_a_start_serve_the_first_edit_and_leave_the_links_a_whole_relink_would_give()
    {
        await _database.ImportAsync(Files.Seed);
        var index = new RecentEdits();
        long version;
        int articles;
        await using (var db = _database.CreateContext())
        {
            await index.WarmAsync(db);
            version = await KnowledgeVersion.ReadAsync(db);
            articles = await db.Articles.CountAsync();
        }

        var warmed = index.At(version);
        await EditAsync(index, "minusma", fields => fields with { Title = "United Nations Stabilization Mission" });

        Assert.Equal(articles, warmed?.Count);
        Assert.Equal(await LinksAfterWholeRelinkAsync(), await LinksAsync());
    }

    [Fact]
    public async Task A_rehearsed_edit_keeps_nothing()
    {
        await _database.ImportAsync(Files.Seed);
        var index = new RecentEdits();
        var before = await LinksAsync();
        long version;
        await using (var db = _database.CreateContext())
        {
            version = await KnowledgeVersion.ReadAsync(db);
            await new ArticleEditor(db, TimeProvider.System, index).RehearseAsync();
        }

        await using (var db = _database.CreateContext())
        {
            Assert.Equal(version, await KnowledgeVersion.ReadAsync(db));
            Assert.Empty(await db.Revisions.ToListAsync());
            Assert.Empty(await db.Set<PageChange>().ToListAsync());
            Assert.Null(index.At(version + 1));
        }

        // Its names are dropped with it: a commit at the version it would have made publishes none of them.
        index.Publish(version + 1);
        Assert.Null(index.At(version + 1));

        Assert.Equal(before, await LinksAsync());
        // The edit after it is an edit like any other.
        await EditAsync(index, "minusma", fields => fields with { Summary = fields.Summary + " It left in 2023." });
        Assert.Equal(await LinksAfterWholeRelinkAsync(), await LinksAsync());
    }

    [Fact]
    public async Task An_office_held_until_a_death_keeps_its_end_through_an_edit_and_a_whole_relink()
    {
        // "Khamis Abakar (died 14 June 2023) … was governor of West Darfur from 2021 until his death": the end is his day of death.
        await _database.ImportAsync(Files.Fixture("el-geneina-massacres.txt"));
        const string End = "from=2021\nto=2023-06-14";
        Assert.Equal(End, await GovernorPeriodAsync());

        // West Darfur's edit reads Khamis Abakar's summary again (it names West Darfur).
        await EditAsync(new RecentEdits(), "west-darfur", fields => fields with { Summary = fields.Summary + " It borders Chad." });
        Assert.Equal(End, await GovernorPeriodAsync());

        await LinksAfterWholeRelinkAsync();
        Assert.Equal(End, await GovernorPeriodAsync());
    }

    private async Task<string> GovernorPeriodAsync()
    {
        await using var db = _database.CreateContext();
        return await db.Statements.Where(s => s.ObjectName == "Governor of West Darfur").Select(s => s.Qualifiers).SingleAsync();
    }

    private async Task EditAsync(RecentEdits index, string slug, Func<ArticleFields, ArticleFields> change)
    {
        await using var db = _database.CreateContext();
        var article = await db.Articles.Include(a => a.Aliases).SingleAsync(a => a.Slug == slug);
        await new ArticleEditor(db, TimeProvider.System, index).SaveAsync(slug, change(ArticleFields.Of(article)), "amina");
    }

    /// <summary>Relinks the whole knowledge base as an import does, then reads the links.</summary>
    private async Task<string> LinksAfterWholeRelinkAsync()
    {
        await using (var db = _database.CreateContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await new ArticleWriter(db, TimeProvider.System).RelinkAsync();
            await transaction.CommitAsync();
        }

        return await LinksAsync();
    }

    /// <summary>Every article's links as text: the export (aliases, mentions both ways, statements) and the wanted names.</summary>
    private async Task<string> LinksAsync()
    {
        await using var db = _database.CreateContext();
        var wanted = await db.WantedNames.OrderBy(w => w.ArticleId).ThenBy(w => w.Key).ThenBy(w => w.Sentence)
            .Select(w => $"{w.ArticleId} {w.Key} {w.Name} {w.Sentence}").ToListAsync();
        return await _database.ExportJsonAsync() + string.Join('\n', wanted);
    }
}
