using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A seventy-fourth page that no rule was written from (the W National Park attack of February 2022,
/// W National Park, the Alibori Department, Patrice Talon, Thomas Boni Yayi, African Parks, the Accra
/// Initiative), each snippet cut inside a word as the mirror cuts them, its expectations written
/// before its first import (18 of its 21 statements, none wrong; an operation wanted without its kind
/// and "Established" wanted as a name; 22 of 22 now). Its statements are in
/// <c>expected/w-national-park-attack.statements.txt</c>.
/// </summary>
public sealed class SeventyFourthUnseenPageTests() : ImportedPage("w-national-park-attack.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("w-national-park-attack", ArticleKind.Event),
            ("w-national-park", ArticleKind.Region),
            ("alibori-department", ArticleKind.Region),
            ("patrice-talon", ArticleKind.Person),
            ("thomas-boni-yayi", ArticleKind.Person),
            ("african-parks", ArticleKind.Group),
            ("accra-initiative", ArticleKind.Agreement));
    }

    [Fact]
    public async Task An_ambush_two_presidents_a_park_and_an_agreement_are_dated_as_written()
    {
        // "an ambush on 8 February 2022"; "(born 1 May 1958)"; "(born 1 July 1952)"
        Assert.Equal("2022-02-08", (await DateAsync("w-national-park-attack", DateLabel.Start)).Value);
        Assert.Equal("1958-05-01", (await DateAsync("patrice-talon", DateLabel.Born)).Value);
        Assert.Equal("1952-07-01", (await DateAsync("thomas-boni-yayi", DateLabel.Born)).Value);
        // "Established in 1954"; "split off from the Borgou Department in 1999"; "founded in 2000"
        Assert.Equal("1954", (await DateAsync("w-national-park", DateLabel.Founded)).Value);
        Assert.Equal("1999", (await DateAsync("alibori-department", DateLabel.Founded)).Value);
        Assert.Equal("2000", (await DateAsync("african-parks", DateLabel.Founded)).Value);
        // "signed in Accra in September 2017"
        var signed = await DateAsync("accra-initiative", DateLabel.Signed);
        Assert.Equal(("2017-09", DatePrecision.Month), (signed.Value, signed.Precision));
        // A heritage listing "since 2017", armed groups "since 2018", observers who joined in 2019: not
        // the park's or the agreement's own dates.
        Assert.Single(await DatesAsync("w-national-park"));
        Assert.Single(await DatesAsync("accra-initiative"));
    }

    [Fact]
    public async Task Presidents_hold_their_office_for_the_years_written()
    {
        Assert.Equal("2016-04-06", (await QualifiersAsync("patrice-talon", "position_held", "President of Benin"))["from"]);
        var boniYayi = await QualifiersAsync("thomas-boni-yayi", "position_held", "President of Benin");
        Assert.Equal(("2006-04-06", "2016-04-06"), (boniYayi["from"], boniYayi["to"]));
    }

    [Fact]
    public async Task A_park_keeps_its_french_name_and_a_department_its_short_one()
    {
        Assert.Equal(["Parc national du W"], await AliasesAsync("w-national-park"));
        Assert.Equal(["Alibori"], await AliasesAsync("alibori-department"));
        Assert.Empty(await AliasesAsync("patrice-talon"));
        Assert.Empty(await AliasesAsync("accra-initiative"));
        Assert.Equal(ArticleKind.Event, await WantedKindAsync("Operation Koudanlgou"));
        var wanted = await WantedAsync();
        Assert.DoesNotContain("Patrice Tal", wanted);
        // "… the letter W. Established in 1954, it forms …": a participle opening a sentence names nothing.
        Assert.DoesNotContain("Established", wanted);
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("W-Arly-Pendjari Complex"));
    }
}
