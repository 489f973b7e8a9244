using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A sixty-second page that no rule was written from (the Kati attack of July 2022, Kati, the
/// Koulikoro Region, Katiba Macina, Sundiata Keita, Abdoulaye Maïga), its expectations written before
/// its first import (9 of its 12 statements, 2 wrong; kinds and aliases right; a death "c. 1255"
/// missed). Its statements are in <c>expected/kati-attack-2022.statements.txt</c>.
/// </summary>
public sealed class SixtySecondUnseenPageTests() : ImportedPage("kati-attack-2022.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("2022-kati-attack", ArticleKind.Event),
            ("kati-mali", ArticleKind.Region),
            ("koulikoro-region", ArticleKind.Region),
            ("katiba-macina", ArticleKind.Group),
            ("sundiata-keita", ArticleKind.Person),
            ("abdoulaye-maiga", ArticleKind.Person));
    }

    [Fact]
    public async Task An_attack_a_group_and_two_men_are_dated_as_written()
    {
        // "took place on 22 July 2022"; "founded in January 2015"
        Assert.Equal("2022-07-22", (await DateAsync("2022-kati-attack", DateLabel.Start)).Value);
        Assert.Equal("2015-01", (await DateAsync("katiba-macina", DateLabel.Founded)).Value);
        // "(c. 1217 – c. 1255)"; "(born 1981)"
        var born = await DateAsync("sundiata-keita", DateLabel.Born);
        var died = await DateAsync("sundiata-keita", DateLabel.Died);
        Assert.Equal(("1217", "circa", "1255", "circa"), (born.Value, born.Qualifier, died.Value, died.Qualifier));
        Assert.Equal("1981", (await DateAsync("abdoulaye-maiga", DateLabel.Born)).Value);
        // The coups that began in a town's camp are no dates of the town's.
        Assert.Empty(await DatesAsync("kati-mali"));
    }

    [Fact]
    public async Task A_town_is_known_without_its_country_and_a_group_by_its_other_name()
    {
        Assert.Equal(["Kati"], await AliasesAsync("kati-mali"));
        Assert.Contains("Macina Liberation Front", await AliasesAsync("katiba-macina"));
        // The camp is named after a man: no place or actor of its own, and not linked to him.
        Assert.DoesNotContain("Soundiata Keïta", await WantedAsync());
    }
}
