using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A hundred-and-twenty-fifth page that no rule was written from (the Ngouboua attack of 2015, Ngouboua, Bol, Baga Sola, the
/// Baga Sola bombings of 2015), each snippet cut inside a word as the mirror cuts them, its expectations written before its first
/// import. Its statements are in <c>expected/ngouboua-attack.statements.txt</c>.
/// </summary>
public sealed class HundredAndTwentyFifthUnseenPageTests() : ImportedPage("ngouboua-attack.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("ngouboua-attack", ArticleKind.Event),
            ("ngouboua", ArticleKind.Region),
            ("bol-chad", ArticleKind.Region),
            ("baga-sola", ArticleKind.Region),
            ("baga-sola-bombings", ArticleKind.Event));
    }

    [Fact]
    public async Task A_night_s_attack_and_a_day_s_bombings_are_dated_as_written_and_towns_not_by_a_camp_or_a_market()
    {
        // "on the night of 12 to 13 February 2015"; "carried out on 10 October 2015"; "The Dar es Salam refugee camp, opened near it in January 2015"; "since the 196…"
        Assert.Equal("2015-02-12", (await DateAsync("ngouboua-attack", DateLabel.Start)).Value);
        Assert.Equal("2015-02-13", (await DateAsync("ngouboua-attack", DateLabel.End)).Value);
        Assert.Equal("2015-10-10", (await DateAsync("baga-sola-bombings", DateLabel.Start)).Value);
        Assert.Empty(await DatesAsync("ngouboua"));
        Assert.Empty(await DatesAsync("bol-chad"));
        Assert.Empty(await DatesAsync("baga-sola"));
    }

    [Fact]
    public async Task A_town_named_with_its_country_is_also_named_alone()
    {
        Assert.Contains("Bol", await AliasesAsync("bol-chad"));
    }

    [Fact]
    public async Task A_lake_crossed_refugees_lands_and_traders_lands_are_no_part_of_the_facts()
    {
        // "crossed Lake Chad"; "hosted refugees from Nigeria"; "to fight the group in Cameroon and Nig…"; "about 20 kilometres from the border with Nigeria";
        // "traders from Niger and Nigeria"
        Assert.DoesNotContain(await StatementsAsync("ngouboua-attack"), s => s.Contains("Nigeria", StringComparison.Ordinal) || s.Contains("Lake Chad", StringComparison.Ordinal) || s.Contains("Cameroon", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("ngouboua"), s => s.Contains("Nigeria", StringComparison.Ordinal) || s.Contains("Borno", StringComparison.Ordinal) || s.Contains("Lake Chad", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("baga-sola"), s => s.Contains("Niger", StringComparison.Ordinal) || s.Contains("Lake Chad", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("bol-chad"), s => s.Contains("Lake Chad", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Names_without_their_articles_are_wanted_with_their_kinds()
    {
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Boko Haram"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Lac Region"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Lake Chad"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Borno State"));
    }
}
