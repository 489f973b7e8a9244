using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A ninety-seventh page that no rule was written from (the Zaria massacre of 2015, the city, Kaduna State,
/// the Islamic Movement in Nigeria, Ibrahim Zakzaky, the Nigerian Army), each snippet cut inside a word as
/// the mirror cuts them, its expectations written before its first import. Its statements are in
/// <c>expected/zaria-massacre.statements.txt</c>.
/// </summary>
public sealed class NinetySeventhUnseenPageTests() : ImportedPage("zaria-massacre.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("zaria-massacre", ArticleKind.Event),
            ("zaria", ArticleKind.Region),
            ("kaduna-state", ArticleKind.Region),
            ("islamic-movement-in-nigeria", ArticleKind.Group),
            ("ibrahim-zakzaky", ArticleKind.Person),
            ("nigerian-army", ArticleKind.Group));
    }

    [Fact]
    public async Task A_massacre_of_three_days_a_state_a_man_and_an_army_are_dated_as_written()
    {
        // "from 12 to 14 December 2015"; "created on 3 February 1976"; "(born 5 May 1953)"; "formed in 1960"
        Assert.Equal("2015-12-12", (await DateAsync("zaria-massacre", DateLabel.Start)).Value);
        Assert.Equal("2015-12-14", (await DateAsync("zaria-massacre", DateLabel.End)).Value);
        Assert.Equal("1976-02-03", (await DateAsync("kaduna-state", DateLabel.Founded)).Value);
        Assert.Equal("1953-05-05", (await DateAsync("ibrahim-zakzaky", DateLabel.Born)).Value);
        Assert.Equal("1960", (await DateAsync("nigerian-army", DateLabel.Founded)).Value);
    }

    [Fact]
    public async Task Years_of_other_things_are_not_the_articles_own()
    {
        // The university "founded in 1962" is not the city; "in the late 1970s" names no year; the ban of
        // July 2019 ended nothing.
        Assert.Empty(await DatesAsync("zaria"));
        Assert.Empty(await DatesAsync("islamic-movement-in-nigeria"));
    }

    [Fact]
    public async Task Short_and_full_names_are_aliases()
    {
        Assert.Contains("IMN", await AliasesAsync("islamic-movement-in-nigeria"));
        Assert.Contains("Ibrahim Yaqoub El-Zakzaky", await AliasesAsync("ibrahim-zakzaky"));
        Assert.Contains("NA", await AliasesAsync("nigerian-army"));
    }

    [Fact]
    public async Task The_victims_and_the_army_chief_are_no_side_of_the_massacre()
    {
        // "killed at least 348 members of the Islamic Movement in Nigeria"; "stopped the convoy of … Tukur Yusuf Buratai".
        var massacre = await StatementsAsync("zaria-massacre");
        Assert.Contains("perpetrator nigerian-army", massacre);
        Assert.DoesNotContain(massacre, s => s.Contains("islamic-movement", StringComparison.Ordinal)
            || s.Contains("Buratai", StringComparison.Ordinal) || s.Contains("zakzaky", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bodies_without_their_articles_are_wanted_with_their_kinds()
    {
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Muslim Students' Society"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("North-Central State"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Nigerian Armed Forces"));
    }
}
