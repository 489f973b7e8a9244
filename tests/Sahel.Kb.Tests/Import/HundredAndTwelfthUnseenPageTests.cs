using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A hundred-and-twelfth page that no rule was written from (Ansaru, Khalid al-Barnawi, the Jama'are kidnapping of 2013,
/// Jama'are, Lokoja), each snippet cut inside a word as the mirror cuts them, its expectations written before its first
/// import. Its statements are in <c>expected/ansaru.statements.txt</c>.
/// </summary>
public sealed class HundredAndTwelfthUnseenPageTests() : ImportedPage("ansaru.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("ansaru", ArticleKind.Group),
            ("khalid-al-barnawi", ArticleKind.Person),
            ("jamaare-kidnapping", ArticleKind.Event),
            ("jamaare", ArticleKind.Region),
            ("lokoja", ArticleKind.Region));
    }

    [Fact]
    public async Task A_group_a_kidnapping_and_a_jihadist_are_dated_as_written()
    {
        // "emerged from Boko Haram in January 2012"; "on the night of 16 February 2013"; "(born c. 1976)"
        Assert.Equal("2012-01", (await DateAsync("ansaru", DateLabel.Founded)).Value);
        Assert.Equal("2013-02-16", (await DateAsync("jamaare-kidnapping", DateLabel.Start)).Value);
        Assert.Equal("1976", (await DateAsync("khalid-al-barnawi", DateLabel.Born)).Value);
    }

    [Fact]
    public async Task A_town_and_a_city_have_none_of_their_emirate_s_or_their_past_s_dates()
    {
        // "the Jama'are Emirate, founded in 1811 by Muhammadu Wabi"; "the first capital of … from 1900 to 1903"; "In April 2016 soldiers arrested …"
        Assert.Empty(await DatesAsync("jamaare"));
        Assert.Empty(await DatesAsync("lokoja"));
    }

    [Fact]
    public async Task A_group_s_official_name_and_its_rendering_are_its_aliases()
    {
        var aliases = await AliasesAsync("ansaru");
        Assert.Contains("Jama'atu Ansarul Muslimina fi Biladis Sudan", aliases);
        Assert.Contains("Vanguard for the Protection of Muslims in Black Africa", aliases);
    }

    [Fact]
    public async Task Training_ties_and_the_capital_of_the_past_are_no_part_of_the_facts()
    {
        // "he trained with al-Qaeda in the Islamic Maghreb in Algeria"; "It has close ties to al-Qaeda in the Islamic Maghreb";
        // "the first capital of the British Protectorate of Northern Nigeria from 1900 to 1903"
        Assert.DoesNotContain(await StatementsAsync("khalid-al-barnawi"), s => s.Contains("Qaeda", StringComparison.Ordinal) || s.Contains("Algeria", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("ansaru"), s => s.Contains("Qaeda", StringComparison.Ordinal) || s.Contains("Kaduna", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("lokoja"), s => s.Contains("Protectorate", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Names_without_their_articles_are_wanted_with_their_kinds()
    {
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Boko Haram"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("al-Qaeda in the Islamic Maghreb"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Maiduguri"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Bauchi State"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Kogi State"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Jama'are Emirate"));
    }
}
