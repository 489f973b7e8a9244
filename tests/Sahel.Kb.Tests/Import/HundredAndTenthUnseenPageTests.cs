using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A hundred-and-tenth page that no rule was written from (the Gamboru Ngala attack of 2014, Gamboru, Ngala, Fotokol,
/// Kashim Shettima), each snippet cut inside a word as the mirror cuts them, its expectations written before its first import.
/// Its statements are in <c>expected/gamboru-ngala-attack.statements.txt</c>.
/// </summary>
public sealed class HundredAndTenthUnseenPageTests() : ImportedPage("gamboru-ngala-attack.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("gamboru-ngala-attack", ArticleKind.Event),
            ("gamboru", ArticleKind.Region),
            ("ngala-nigeria", ArticleKind.Region),
            ("fotokol", ArticleKind.Region),
            ("kashim-shettima", ArticleKind.Person));
    }

    [Fact]
    public async Task A_massacre_and_a_politician_are_dated_as_written()
    {
        // "carried out on 5 May 2014"; "(born 2 September 1966)"
        Assert.Equal("2014-05-05", (await DateAsync("gamboru-ngala-attack", DateLabel.Start)).Value);
        Assert.Equal("1966-09-02", (await DateAsync("kashim-shettima", DateLabel.Born)).Value);
    }

    [Fact]
    public async Task Towns_held_and_attacked_have_no_dates_of_their_own()
    {
        // "Boko Haram held the town from August 2014"; "the area was held by the group from 2014"; "repelled an attack … on 4 February 2015"
        Assert.Empty(await DatesAsync("gamboru"));
        Assert.Empty(await DatesAsync("ngala-nigeria"));
        Assert.Empty(await DatesAsync("fotokol"));
    }

    [Fact]
    public async Task An_area_named_with_its_country_is_also_named_alone()
    {
        Assert.Contains("Ngala", await AliasesAsync("ngala-nigeria"));
    }

    [Fact]
    public async Task Each_office_keeps_its_own_period()
    {
        Assert.Equal("2023-05-29", (await QualifiersAsync("kashim-shettima", "position_held", "Vice President of Nigeria"))["from"]);
        var governor = await QualifiersAsync("kashim-shettima", "position_held", "Governor of Borno State");
        Assert.Equal("2011", governor["from"]);
        Assert.Equal("2019", governor["to"]);
        // "he served as Commissioner for Finance of Borno State and was Governor … from 2011 to 2019": the period is the governorship's
        // (added after the first import, which gave the commissioner's office the governorship's period).
        Assert.Empty(await QualifiersAsync("kashim-shettima", "position_held", "Commissioner for Finance of Borno State"));
    }

    [Fact]
    public async Task A_town_faced_across_a_river_and_a_road_are_no_part_of_the_facts()
    {
        // "It faces the Cameroonian town of Fotokol across the El Beid river"; "the main road from Maiduguri to N'Djamena";
        // "Soldiers stationed in the town had left for Maiduguri"
        Assert.DoesNotContain(await StatementsAsync("gamboru"), s => s.Contains("Fotokol", StringComparison.Ordinal) || s.Contains("Maiduguri", StringComparison.Ordinal) || s.Contains("Djamena", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("fotokol"), s => s.Contains("Gamboru", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("gamboru-ngala-attack"), s => s.Contains("Maiduguri", StringComparison.Ordinal) || s.Contains("Cameroon", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Names_without_their_articles_are_wanted_with_their_kinds()
    {
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Boko Haram"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Maiduguri"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Logone-et-Chari"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Far North Region"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("All Progressives Congress"));
    }
}
