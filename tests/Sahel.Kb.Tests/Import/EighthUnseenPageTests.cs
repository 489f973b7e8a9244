using Microsoft.EntityFrameworkCore;
using Sahel.Kb.Tests.Support;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// An eighth page in the mirror's format that no rule was written from (people and groups of the
/// Malian transition: Assimi Goïta, the AES, the National Gendarmerie, AQIM under a title the
/// mirror cut, the Battle of Tinzaouaten). Its statements are in <c>expected/assimi-goita.statements.txt</c>.
/// </summary>
public sealed class EighthUnseenPageTests : IAsyncLifetime, IDisposable
{
    private readonly TestDatabase _database = new();

    public async Task InitializeAsync() => await _database.ImportAsync(Files.Fixture("assimi-goita.txt"));

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task The_name_a_summary_opens_with_is_the_subjects_and_no_wanted_name()
    {
        await using var db = _database.CreateContext();
        var aliases = await db.Aliases.Where(a => db.Articles.Any(x => x.Id == a.ArticleId && x.Slug == "gendarmerie-nationale-mali")).Select(a => a.Name).ToListAsync();
        var wanted = await db.WantedNames.Select(w => w.Name).ToListAsync();

        // Titled "Gendarmerie Nationale (Mali)": "The National Gendarmerie of Mali is a branch of the Malian Armed Forces …"
        Assert.Contains("National Gendarmerie of Mali", aliases);
        Assert.DoesNotContain("National Gendarmerie of Mali", wanted);
    }

    [Fact]
    public async Task Fighters_of_a_group_are_not_part_of_its_name()
    {
        await using var db = _database.CreateContext();
        var wanted = await db.WantedNames.Select(w => w.Name).ToListAsync();

        // "Fighters of the Strategic Framework for the Defense of the People of Azawad (CSP-DPA) ambushed …"
        Assert.Contains("Strategic Framework for the Defense of the People of Azawad", wanted);
        Assert.DoesNotContain(wanted, w => w.StartsWith("Fighters", StringComparison.Ordinal));
    }
}
