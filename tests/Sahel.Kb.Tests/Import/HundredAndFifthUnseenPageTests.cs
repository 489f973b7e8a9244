using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A hundred-and-fifth page that no rule was written from (the destruction of the Timbuktu mausoleums in 2012, Timbuktu, the
/// Sidi Yahya Mosque, Ahmad al-Faqi al-Mahdi, the International Criminal Court), each snippet cut inside a word as the mirror
/// cuts them, its expectations written before its first import. Its statements are in
/// <c>expected/timbuktu-mausoleums.statements.txt</c>.
/// </summary>
public sealed class HundredAndFifthUnseenPageTests() : ImportedPage("timbuktu-mausoleums.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        // "was a campaign by …": an event, though no word of its title says so; a mosque is a place.
        await AssertKindsAsync(
            ("destruction-of-the-timbuktu-mausoleums", ArticleKind.Event),
            ("timbuktu", ArticleKind.Region),
            ("sidi-yahya-mosque", ArticleKind.Region),
            ("ahmad-al-faqi-al-mahdi", ArticleKind.Person),
            ("international-criminal-court", ArticleKind.Group));
    }

    [Fact]
    public async Task A_campaign_and_a_court_are_dated_as_written()
    {
        // "It began on 30 June 2012"; "founded on 1 July 2002"
        Assert.Equal("2012-06-30", (await DateAsync("destruction-of-the-timbuktu-mausoleums", DateLabel.Start)).Value);
        Assert.Equal("2002-07-01", (await DateAsync("international-criminal-court", DateLabel.Founded)).Value);
    }

    [Fact]
    public async Task A_city_founded_in_a_century_and_held_by_others_has_no_date_of_its_own()
    {
        // "Founded by Tuareg nomads in the 12th century"; "held the city from April 2012 until … retook it on 28 January 20 …"
        Assert.Empty(await DatesAsync("timbuktu"));
    }

    [Fact]
    public async Task A_byname_and_a_short_name_are_aliases()
    {
        Assert.Contains("Abu Turab", await AliasesAsync("ahmad-al-faqi-al-mahdi"));
        Assert.Contains("ICC", await AliasesAsync("international-criminal-court"));
    }

    [Fact]
    public async Task A_river_a_city_north_of_it_and_a_court_s_finding_are_no_part_of_the_facts()
    {
        // "about 20 kilometres north of the Niger River"; "Born in Agoune, west of Timbuktu"; "The International Criminal Court later
        // convicted …"; "seated in The Hague"
        Assert.DoesNotContain(await StatementsAsync("timbuktu"), s => s.Contains("Niger", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("ahmad-al-faqi-al-mahdi"), s => s.StartsWith("place_of_birth timbuktu", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("destruction-of-the-timbuktu-mausoleums"), s => s.Contains("international-criminal-court", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Names_without_their_articles_are_wanted_with_their_kinds()
    {
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Ansar Dine"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("al-Qaeda in the Islamic Maghreb"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Timbuktu Region"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Agoune"));
        Assert.Equal(ArticleKind.Person, await WantedKindAsync("Al Hassan Ag Abdoul Aziz"));
    }
}
