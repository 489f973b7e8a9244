using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// An eighty-first page that no rule was written from (the battle of Nyala of 2023, Nyala, South
/// Darfur, the Sudanese Armed Forces, the Sudanese civil war, Abdel Fattah al-Burhan), each snippet cut
/// inside a word as the mirror cuts them, its expectations written before its first import. Its
/// statements are in <c>expected/battle-of-nyala.statements.txt</c>.
/// </summary>
public sealed class EightyFirstUnseenPageTests() : ImportedPage("battle-of-nyala.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("battle-of-nyala", ArticleKind.Event),
            ("nyala-sudan", ArticleKind.Region),
            ("south-darfur", ArticleKind.Region),
            ("sudanese-armed-forces", ArticleKind.Group),
            ("sudanese-civil-war-2023-present", ArticleKind.Event),
            ("abdel-fattah-al-burhan", ArticleKind.Person));
    }

    [Fact]
    public async Task A_battle_a_war_a_state_and_a_general_are_dated_as_written()
    {
        // "from April to October 2023. It ended on 26 October 2023": the day its end is told.
        var start = await DateAsync("battle-of-nyala", DateLabel.Start);
        Assert.Equal(("2023-04", DatePrecision.Month), (start.Value, start.Precision));
        Assert.Equal("2023-10-26", (await DateAsync("battle-of-nyala", DateLabel.End)).Value);
        // "began on 15 April 2023"; "It was created in 1994"; "(born 11 July 1960)"
        Assert.Equal("2023-04-15", (await DateAsync("sudanese-civil-war-2023-present", DateLabel.Start)).Value);
        Assert.Equal("1994", (await DateAsync("south-darfur", DateLabel.Founded)).Value);
        Assert.Equal("1960-07-11", (await DateAsync("abdel-fattah-al-burhan", DateLabel.Born)).Value);
        // "Since October 2023 it has been held by the RSF": who held the city, not its date.
        Assert.Empty(await DatesAsync("nyala-sudan"));
    }

    [Fact]
    public async Task A_force_keeps_its_initials_and_a_general_his_office_from_the_month_written()
    {
        Assert.Equal(["SAF"], await AliasesAsync("sudanese-armed-forces"));
        Assert.Equal(["Nyala"], await AliasesAsync("nyala-sudan"));
        var chairman = await QualifiersAsync("abdel-fattah-al-burhan", "position_held", "Chairman of the Transitional Sovereignty Council");
        Assert.Equal("2019-08", chairman["from"]);
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Rapid Support Forces"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Khartoum"));
    }
}
