using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A hundred-and-sixteenth page, saved as HTML, that no rule was written from (the Jeddah Declaration of 2023, the Jeddah talks,
/// Jeddah, Faisal bin Farhan Al Saud, Kordofan), each snippet cut inside a word as the mirror cuts them, its expectations written
/// before its first import. Its statements are in <c>expected/jeddah-declaration.statements.txt</c>.
/// </summary>
public sealed class HundredAndSixteenthUnseenPageTests() : ImportedPage("jeddah-declaration.html")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("jeddah-declaration", ArticleKind.Agreement),
            ("jeddah-talks", ArticleKind.Event),
            ("jeddah", ArticleKind.Region),
            ("faisal-bin-farhan-al-saud", ArticleKind.Person),
            ("kordofan", ArticleKind.Region));
    }

    [Fact]
    public async Task A_declaration_talks_and_a_minister_are_dated_as_written()
    {
        // "signed on 11 May 2023"; "held in Jeddah, Saudi Arabia, from 6 May 2023"; "(born 1 December 1974)"
        Assert.Equal("2023-05-11", (await DateAsync("jeddah-declaration", DateLabel.Signed)).Value);
        Assert.Equal("2023-05-06", (await DateAsync("jeddah-talks", DateLabel.Start)).Value);
        Assert.Equal("1974-12-01", (await DateAsync("faisal-bin-farhan-al-saud", DateLabel.Born)).Value);
    }

    [Fact]
    public async Task A_host_city_and_a_divided_region_have_no_dates_of_their_own()
    {
        // "since 2023 it has hosted talks"; "divided since 1994 into the states of …"
        Assert.Empty(await DatesAsync("jeddah"));
        Assert.Empty(await DatesAsync("kordofan"));
    }

    [Fact]
    public async Task A_declaration_keeps_its_official_name_and_a_land_placed_by_the_compass_gets_no_kind_in_its_name()
    {
        Assert.Contains("Jeddah Declaration of Commitment to Protect the Civilians of Sudan", await AliasesAsync("jeddah-declaration"));
        // "Kordofan is a region of central Sudan": a land, not "the Kordofan Region"
        Assert.Empty(await AliasesAsync("kordofan"));
    }

    [Fact]
    public async Task Mediators_a_sea_and_a_region_s_states_are_no_part_of_the_facts()
    {
        // "under the mediation of Saudi Arabia and the United States"; "on the Red Sea coast"; "into the states of North Kordofan, …"
        Assert.DoesNotContain(await StatementsAsync("jeddah-talks"), s => s.Contains("United States", StringComparison.Ordinal) || s.StartsWith("participant Saudi", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("jeddah"), s => s.Contains("Red Sea", StringComparison.Ordinal) || s.Contains("Mecca", StringComparison.Ordinal) || s.Contains("Riyadh", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("kordofan"), s => s.Contains("Kordofan", StringComparison.Ordinal) || s.Contains("Obeid", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Names_without_their_articles_are_wanted_with_their_kinds()
    {
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Sudanese Armed Forces"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Rapid Support Forces"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Saudi Arabia"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Frankfurt"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Khartoum"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("El Obeid"));
    }
}
