using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A hundred-and-thirty-eighth page that no rule was written from (the Titao ambush of 2021, Titao, Ladji Yoro, the Loroum
/// Province, Burkina Faso's North Region), each snippet cut inside a word as the mirror cuts them, its expectations written
/// before its first import. Its statements are in <c>expected/titao-ambush.statements.txt</c>.
/// </summary>
public sealed class HundredAndThirtyEighthUnseenPageTests() : ImportedPage("titao-ambush.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        // A province and a region of a country are places.
        await AssertKindsAsync(
            ("titao-ambush", ArticleKind.Event),
            ("titao", ArticleKind.Region),
            ("ladji-yoro", ArticleKind.Person),
            ("loroum-province", ArticleKind.Region),
            ("north-region-burkina-faso", ArticleKind.Region));
    }

    [Fact]
    public async Task Each_is_dated_by_its_own_words_and_places_not_by_what_befell_them()
    {
        // "took place on 23 December 2021"; "(died 23 December 2021)"; "created on 2 July 2001";
        // "Jihadists cut the roads to the town in 2022"; "after jihadist attacks on its villages in 20…"
        var start = await DateAsync("titao-ambush", DateLabel.Start);
        Assert.Equal(("2021-12-23", DatePrecision.Day), (start.Value, start.Precision));
        var died = await DateAsync("ladji-yoro", DateLabel.Died);
        Assert.Equal(("2021-12-23", DatePrecision.Day), (died.Value, died.Precision));
        var created = await DateAsync("north-region-burkina-faso", DateLabel.Founded);
        Assert.Equal(("2001-07-02", DatePrecision.Day), (created.Value, created.Precision));
        Assert.Empty(await DatesAsync("titao"));
        Assert.Empty(await DatesAsync("loroum-province"));
    }

    [Fact]
    public async Task The_region_keeps_its_french_name_as_an_alias()
    {
        // "The North Region (French: Région du Nord) is …"
        Assert.Contains("Région du Nord", await AliasesAsync("north-region-burkina-faso"));
    }

    [Fact]
    public async Task A_town_measured_from_a_road_s_ends_a_border_and_a_capital_are_no_part_of_the_facts()
    {
        // "travelling from Titao to Ouahigouya, about 20 kilometres south of Titao"; "about 45 kilometres from the border with Mali";
        // "on the border with Mali. Its capital is Titao"; "Its capital is Ouahigouya"
        Assert.DoesNotContain(await StatementsAsync("titao-ambush"), s => s.Contains("titao |", StringComparison.Ordinal) || s.Contains("Ouahigouya", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("titao"), s => s.Contains("Mali", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("loroum-province"), s => s.Contains("Mali", StringComparison.Ordinal) || s.Contains("titao", StringComparison.Ordinal) || s.Contains("Ouahigouya", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("north-region-burkina-faso"), s => s.Contains("Ouahigouya", StringComparison.Ordinal) || s.Contains("Yatenga", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Names_without_their_articles_are_wanted_with_their_kinds()
    {
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Ouahigouya"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Ouindigui"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Yatenga"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Volunteers for the Defense of the Homeland"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Koglweogo"));
        Assert.Equal(ArticleKind.Person, await WantedKindAsync("Roch Marc Christian Kaboré"));
    }
}
