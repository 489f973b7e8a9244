using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A ninety-sixth page that no rule was written from (the battle of Goz Beïda of 2006, the town, the Sila
/// Region, the Union of Forces for Democracy and Development, the Chadian National Army), each snippet cut
/// inside a word as the mirror cuts them, its expectations written before its first import. Its statements
/// are in <c>expected/battle-of-goz-beida.statements.txt</c>.
/// </summary>
public sealed class NinetySixthUnseenPageTests() : ImportedPage("battle-of-goz-beida.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("battle-of-goz-beida", ArticleKind.Event),
            ("goz-beida", ArticleKind.Region),
            ("sila-region", ArticleKind.Region),
            ("union-of-forces-for-democracy-and-development", ArticleKind.Group),
            ("chadian-national-army", ArticleKind.Group));
    }

    [Fact]
    public async Task A_battle_of_two_days_a_coalition_and_an_army_are_dated_as_written()
    {
        // "fought on 22 and 23 November 2006"; "founded on 22 October 2006"; "formed in 1960"; "created in 2008"
        Assert.Equal("2006-11-22", (await DateAsync("battle-of-goz-beida", DateLabel.Start)).Value);
        Assert.Equal("2006-11-23", (await DateAsync("battle-of-goz-beida", DateLabel.End)).Value);
        Assert.Equal("2006-10-22", (await DateAsync("union-of-forces-for-democracy-and-development", DateLabel.Founded)).Value);
        Assert.Equal("1960", (await DateAsync("chadian-national-army", DateLabel.Founded)).Value);
        Assert.Equal("2008", (await DateAsync("sila-region", DateLabel.Founded)).Value);
        // "Since 2004 it has hosted tens of thousands of refugees": the refugees' years, not the town's.
        Assert.Empty(await DatesAsync("goz-beida"));
    }

    [Fact]
    public async Task Short_and_french_names_are_aliases()
    {
        Assert.Contains("UFDD", await AliasesAsync("union-of-forces-for-democracy-and-development"));
        var army = await AliasesAsync("chadian-national-army");
        Assert.Contains("ANT", army);
        Assert.Contains("Armée nationale tchadienne", army);
        Assert.Contains("Sila", await AliasesAsync("sila-region"));
    }

    [Fact]
    public async Task Where_the_rebels_withdrew_to_is_no_place_of_the_battle()
    {
        // "before withdrawing towards the border with Sudan"; "Two days later the same rebels seized Abéché": another deed.
        var battle = await StatementsAsync("battle-of-goz-beida");
        Assert.DoesNotContain(battle, s => s.Contains("Sudan", StringComparison.Ordinal) || s.Contains("Abéché", StringComparison.Ordinal));
    }
}
