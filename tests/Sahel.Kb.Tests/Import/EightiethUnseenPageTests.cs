using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// An eightieth page that no rule was written from (the Nassoumbou attack of 2016, Ansarul Islam,
/// Ibrahim Malam Dicko, the Soum Province, Jafar Dicko), each snippet cut inside a word as the mirror
/// cuts them, its expectations written before its first import. Its statements are in
/// <c>expected/nassoumbou-attack.statements.txt</c>.
/// </summary>
public sealed class EightiethUnseenPageTests() : ImportedPage("nassoumbou-attack.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("nassoumbou-attack", ArticleKind.Event),
            ("ansarul-islam", ArticleKind.Group),
            ("ibrahim-malam-dicko", ArticleKind.Person),
            ("soum-province", ArticleKind.Region),
            ("jafar-dicko", ArticleKind.Person));
    }

    [Fact]
    public async Task An_attack_a_group_and_a_preacher_are_dated_as_written()
    {
        // "took place on 16 December 2016"; "founded in December 2016"; "(c. 1980 – May 2017)"
        var start = await DateAsync("nassoumbou-attack", DateLabel.Start);
        Assert.Equal(("2016-12-16", DatePrecision.Day), (start.Value, start.Precision));
        Assert.Equal("2016-12", (await DateAsync("ansarul-islam", DateLabel.Founded)).Value);
        Assert.Equal("1980", (await DateAsync("ibrahim-malam-dicko", DateLabel.Born)).Value);
        Assert.Equal("2017-05", (await DateAsync("ibrahim-malam-dicko", DateLabel.Died)).Value);
        // "Since 2016 the province has been the centre of the insurgency": not the province's own date.
        Assert.Empty(await DatesAsync("soum-province"));
        Assert.Empty(await DatesAsync("jafar-dicko"));
    }

    [Fact]
    public async Task A_leader_follows_his_brother_from_the_month_he_died()
    {
        // "After his death in May 2017 it was led by his brother Jafar Dicko"; "who has led Ansarul Islam since May 2017"
        var sets = await QualifierSetsAsync("ansarul-islam", "led_by", "jafar-dicko");
        Assert.Contains(sets, q => q.GetValueOrDefault("from") == "2017-05");
    }

    [Fact]
    public async Task Places_named_before_their_nouns_are_wanted_as_places()
    {
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Nassoumbou"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Soboulé"));
        // "He died in the Foulsaré forest"
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Foulsaré"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Djibo"));
        // "the association Al-Irchad"
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Al-Irchad"));
        Assert.DoesNotContain("Defenders of Islam", await WantedAsync());
    }
}
