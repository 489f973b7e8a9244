using Microsoft.EntityFrameworkCore;
using Sahel.Kb.Tests.Support;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A ninth page that no rule was written from, saved as HTML (the Koulogon massacre, Ganda Koy,
/// Mahmoud Dicko, the Algiers ceasefire). Its statements are in <c>expected/koulogon-massacre.statements.txt</c>.
/// </summary>
public sealed class NinthUnseenPageTests : IAsyncLifetime, IDisposable
{
    private readonly TestDatabase _database = new();

    public async Task InitializeAsync() => await _database.ImportAsync(Files.Fixture("koulogon-massacre.html"));

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task A_translation_in_quotes_is_no_alias()
    {
        await using var db = _database.CreateContext();
        var aliases = await db.Aliases.Where(a => db.Articles.Any(x => x.Id == a.ArticleId && x.Slug == "ganda-koy")).Select(a => a.Name).ToListAsync();

        // "Ganda Koy (Songhay: "Masters of the Land") was a Songhai self-defense militia"
        Assert.DoesNotContain("Masters of the Land", aliases);
    }

    [Fact]
    public async Task A_kind_of_group_alone_and_a_name_the_mirror_cut_are_no_wanted_names()
    {
        await using var db = _database.CreateContext();
        var wanted = await db.WantedNames.Select(w => w.Name).ToListAsync();

        // "led the June 5 Movement – Rally of Patriotic Forces (M5-RFP)"
        Assert.DoesNotContain("Movement", wanted);
        // "later merged into the Coordination of Patriotic Movements and Forces of Resistance ...": the name may go on past the cut.
        Assert.DoesNotContain("Coordination of Patriotic Movements", wanted);
    }
}
