using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A ninety-fourth page that no rule was written from (the Boko Haram uprising of 2009, Boko Haram,
/// Mohammed Yusuf, Maiduguri, the Bauchi State, Umaru Musa Yar'Adua), each snippet cut inside a word as
/// the mirror cuts them, its expectations written before its first import. Its statements are in
/// <c>expected/boko-haram-uprising-2009.statements.txt</c>.
/// </summary>
public sealed class NinetyFourthUnseenPageTests() : ImportedPage("boko-haram-uprising-2009.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("2009-boko-haram-uprising", ArticleKind.Event),
            ("boko-haram", ArticleKind.Group),
            ("mohammed-yusuf-boko-haram", ArticleKind.Person),
            ("maiduguri", ArticleKind.Region),
            ("bauchi-state", ArticleKind.Region),
            ("umaru-musa-yaradua", ArticleKind.Person));
    }

    [Fact]
    public async Task An_uprising_has_its_days_a_life_its_ends_and_a_state_its_creation()
    {
        // "fought from 26 to 30 July 2009"
        Assert.Equal("2009-07-26", (await DateAsync("2009-boko-haram-uprising", DateLabel.Start)).Value);
        Assert.Equal("2009-07-30", (await DateAsync("2009-boko-haram-uprising", DateLabel.End)).Value);
        // "(29 January 1970 – 30 July 2009)"; "(16 August 1951 – 5 May 2010)"
        Assert.Equal("1970-01-29", (await DateAsync("mohammed-yusuf-boko-haram", DateLabel.Born)).Value);
        Assert.Equal("2009-07-30", (await DateAsync("mohammed-yusuf-boko-haram", DateLabel.Died)).Value);
        Assert.Equal("2010-05-05", (await DateAsync("umaru-musa-yaradua", DateLabel.Died)).Value);
        // "It was founded by Mohammed Yusuf in 2002"; "Founded in 1907 as a British military outpost"; "created on 3 February 1976"
        Assert.Equal("2002", (await DateAsync("boko-haram", DateLabel.Founded)).Value);
        Assert.Equal("1907", (await DateAsync("maiduguri", DateLabel.Founded)).Value);
        Assert.Equal("1976-02-03", (await DateAsync("bauchi-state", DateLabel.Founded)).Value);
    }

    [Fact]
    public async Task An_official_name_and_a_name_without_its_bracket_are_aliases()
    {
        // "Boko Haram, officially Jamā'at Ahl as-Sunnah lid-Da'wah wa'l-Jihād, is …"
        Assert.Contains("Jamā'at Ahl as-Sunnah lid-Da'wah wa'l-Jihād", await AliasesAsync("boko-haram"));
        Assert.Contains("Mohammed Yusuf", await AliasesAsync("mohammed-yusuf-boko-haram"));
    }

    [Fact]
    public async Task A_leader_led_from_a_year_until_his_death_and_a_preacher_died_where_he_was_killed()
    {
        // "led by Abubakar Shekau from 2009 until his death in May 2021"
        var led = await QualifiersAsync("boko-haram", "led_by", "Abubakar Shekau");
        Assert.Equal("2009", led.GetValueOrDefault("from"));
        Assert.Contains("place_of_death maiduguri", await StatementsAsync("mohammed-yusuf-boko-haram"));
    }
}
