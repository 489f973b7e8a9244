using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A hundred-and-seventh page, saved as HTML, that no rule was written from (the Aleg killings of 2007, Aleg, the Brakna Region,
/// the Dakar Rally, Sidi Ould Sidna), each snippet cut inside a word as the mirror cuts them, its expectations written before
/// its first import. Its statements are in <c>expected/aleg-killings.statements.txt</c>.
/// </summary>
public sealed class HundredAndSeventhUnseenPageTests() : ImportedPage("aleg-killings.html")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        // "an annual off-road endurance rally": an event held each year.
        await AssertKindsAsync(
            ("aleg-killings", ArticleKind.Event),
            ("aleg", ArticleKind.Region),
            ("brakna-region", ArticleKind.Region),
            ("dakar-rally", ArticleKind.Event),
            ("sidi-ould-sidna", ArticleKind.Person));
    }

    [Fact]
    public async Task The_killings_and_the_rally_are_dated_as_written()
    {
        // "took place on 24 December 2007"; "first run in 1978"
        Assert.Equal("2007-12-24", (await DateAsync("aleg-killings", DateLabel.Start)).Value);
        Assert.Equal("1978", (await DateAsync("dakar-rally", DateLabel.Start)).Value);
    }

    [Fact]
    public async Task A_town_a_region_and_a_man_without_dates_of_their_own_have_none()
    {
        // "Four French tourists were killed near the town in December 2007"; "The region was created in 19 …" (cut);
        // "Arrested in Bissau in January 2008, he escaped …": no birth, no death
        Assert.Empty(await DatesAsync("aleg"));
        Assert.Empty(await DatesAsync("brakna-region"));
        Assert.Empty(await DatesAsync("sidi-ould-sidna"));
    }

    [Fact]
    public async Task A_region_named_without_its_noun_keeps_that_name()
    {
        Assert.Contains("Brakna", await AliasesAsync("brakna-region"));
    }

    [Fact]
    public async Task Blame_arrests_a_lake_a_river_and_a_capital_far_away_are_no_part_of_the_facts()
    {
        // "Al-Qaeda in the Islamic Maghreb was blamed for the attack"; "were arrested in Guinea-Bissau"; "It lies near Lake Aleg";
        // "about 250 kilometres east of Nouakchott"; "on the north bank of the Senegal River"
        Assert.DoesNotContain(await StatementsAsync("aleg-killings"), s => s.Contains("Qaeda", StringComparison.Ordinal) || s.Contains("Guinea", StringComparison.Ordinal)
            || s.Contains("Sidna", StringComparison.Ordinal) || s.Contains("sidna", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("aleg"), s => s.Contains("Lake", StringComparison.Ordinal) || s.Contains("Nouakchott", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("brakna-region"), s => s.Contains("Senegal", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Names_without_their_articles_are_wanted_with_their_kinds()
    {
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("al-Qaeda in the Islamic Maghreb"));
        Assert.Equal(ArticleKind.Person, await WantedKindAsync("Maarouf Ould Haiba"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Guinea-Bissau"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Nouakchott"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Mauritanian Air Force"));
    }
}
