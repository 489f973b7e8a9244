using Microsoft.EntityFrameworkCore;
using Sahel.Kb.Domain;
using Sahel.Kb.Editing;
using Sahel.Kb.Tests.Support;

namespace Sahel.Kb.Tests.Editing;

/// <summary>Statements an admin adds or takes back stay so through every later import.</summary>
public sealed class StatementEditorTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private async Task EditAsync(Func<StatementEditor, KbDbContextProbe, Task> edit)
    {
        await using var db = _database.CreateContext();
        await edit(new StatementEditor(db), new KbDbContextProbe(db));
    }

    [Fact]
    public async Task A_statement_taken_back_stays_taken_back_after_a_reimport()
    {
        await _database.ImportAsync(Files.Seed);
        await EditAsync(async (editor, probe) =>
        {
            var id = await probe.StatementIdAsync("battle-of-kidal-2023", "P361", "Mali War");
            await editor.RemoveAsync("battle-of-kidal-2023", id);
        });

        await _database.ImportAsync(Files.Seed);

        var partOf = (await _database.ArticleAsync("battle-of-kidal-2023")).Statements.Where(s => s.Label == "part_of").Select(s => s.Object ?? s.Name);
        Assert.Equal(["kidal-offensive"], partOf);
    }

    [Fact]
    public async Task A_statement_an_admin_adds_is_exported_and_survives_a_reimport()
    {
        await _database.ImportAsync(Files.Seed);
        await EditAsync((editor, _) => editor.AddAsync(
            "kidal-offensive", new StatementFields("part_of", "Mali War", null, null, null, "The offensive was a phase of the Mali War."), "amina"));

        await _database.ImportAsync(Files.Seed);

        var added = Assert.Single((await _database.ArticleAsync("kidal-offensive")).Statements, s => s.Label == "part_of");
        Assert.Equal(("Mali War", "editor", "The offensive was a phase of the Mali War."), (added.Name, added.Source, added.Evidence));
    }

    [Fact]
    public async Task An_admins_statement_takes_the_place_of_the_seeds_statement_of_the_same_fact()
    {
        await _database.ImportAsync(Files.Seed);

        // The seed reads Wagner Group as side 1 of the offensive; an admin restates it with a period.
        await EditAsync((editor, _) => editor.AddAsync(
            "kidal-offensive", new StatementFields("participant", "Wagner Group", "1", "2023-08", "2023-11", ""), "amina"));
        await _database.ImportAsync(Files.Seed);

        var wagner = Assert.Single((await _database.ArticleAsync("kidal-offensive")).Statements, s => s.Name == "Wagner Group");
        Assert.Equal(new Dictionary<string, string> { ["from"] = "2023-08", ["side"] = "1", ["to"] = "2023-11" }, wagner.Qualifiers);
        Assert.Equal("Added by amina.", wagner.Evidence);
    }

    [Theory]
    [InlineData("fought", "Mali War", null, null, "'fought' is not a property")]
    [InlineData("part_of", " ", null, null, "Name the statement's object")]
    [InlineData("participant", "Wagner Group", "3", null, "A side is 1 or 2.")]
    [InlineData("led_by", "Bilal Ag Acherif", null, "March 2022", "is no date")]
    [InlineData("part_of", "kidal-offensive", null, null, "not about itself")]
    public async Task A_statement_that_cannot_be_is_refused_in_words(string property, string @object, string? side, string? from, string message)
    {
        await _database.ImportAsync(Files.Seed);

        var refusal = await Assert.ThrowsAsync<EditException>(() => EditAsync((editor, _) =>
            editor.AddAsync("kidal-offensive", new StatementFields(property, @object, side, from, null, ""), "amina")));

        Assert.Contains(message, refusal.Message, StringComparison.Ordinal);
    }

    /// <summary>Finds a statement's id for a test.</summary>
    private sealed class KbDbContextProbe(Sahel.Kb.Data.KbDbContext db)
    {
        public Task<int> StatementIdAsync(string subject, string property, string name) =>
            db.Statements.Where(s => s.Property == property && s.ObjectName == name && db.Articles.Any(a => a.Id == s.SubjectArticleId && a.Slug == subject))
                .Select(s => s.Id).SingleAsync();
    }
}
