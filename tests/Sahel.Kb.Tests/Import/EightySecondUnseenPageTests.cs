using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// An eighty-second page, saved as HTML, that no rule was written from (the Zabarmari massacre of 2020,
/// Zabarmari, Jere, Babagana Zulum, Boko Haram), each snippet cut inside a word as the mirror cuts them,
/// its expectations written before its first import. Its statements are in
/// <c>expected/zabarmari-massacre.statements.txt</c>.
/// </summary>
public sealed class EightySecondUnseenPageTests() : ImportedPage("zabarmari-massacre.html")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("zabarmari-massacre", ArticleKind.Event),
            ("zabarmari", ArticleKind.Region),
            ("jere-nigeria", ArticleKind.Region),
            ("babagana-zulum", ArticleKind.Person),
            ("boko-haram", ArticleKind.Group));
    }

    [Fact]
    public async Task A_massacre_a_governor_and_a_group_are_dated_as_written()
    {
        // "took place on 28 November 2020"; "(born 25 August 1969)"; "founded in 2002"
        var start = await DateAsync("zabarmari-massacre", DateLabel.Start);
        Assert.Equal(("2020-11-28", DatePrecision.Day), (start.Value, start.Precision));
        Assert.Equal("1969-08-25", (await DateAsync("babagana-zulum", DateLabel.Born)).Value);
        Assert.Equal("2002", (await DateAsync("boko-haram", DateLabel.Founded)).Value);
        Assert.Empty(await DatesAsync("zabarmari"));
        Assert.Empty(await DatesAsync("jere-nigeria"));
    }

    [Fact]
    public async Task Offices_and_leads_are_held_for_the_periods_written()
    {
        var governor = await QualifiersAsync("babagana-zulum", "position_held", "Governor of Borno State");
        Assert.Equal("2019-05-29", governor["from"]);
        // "After Yusuf was killed in police custody in 2009 it was led by Abubakar Shekau until his death in May 2021" (the
        // start, from the opening clause, read so after the page's first import)
        var shekau = await QualifiersAsync("boko-haram", "led_by", "Abubakar Shekau");
        Assert.Equal(("2009", "2021-05"), (shekau["from"], shekau["to"]));
    }

    [Fact]
    public async Task A_governor_keeps_his_fuller_name_and_a_group_its_official_one()
    {
        Assert.Equal(["Babagana Umara Zulum"], await AliasesAsync("babagana-zulum"));
        Assert.Equal(["Jere"], await AliasesAsync("jere-nigeria"));
        Assert.Contains("Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", await AliasesAsync("boko-haram"));
        Assert.Equal(ArticleKind.Person, await WantedKindAsync("Mohammed Yusuf"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Maiduguri"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Sokoto State"));
    }
}
