using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A sixty-sixth page that no rule was written from (the Doha Document for Peace in Darfur of 2011,
/// the Liberation and Justice Movement, Tijani Sese, Doha, Minni Minnawi, Darfur), its expectations
/// written before its first import (6 of its 11 statements, 3 wrong; kinds, dates and aliases
/// right). Its statements are in
/// <c>expected/doha-document-for-peace-in-darfur.statements.txt</c>.
/// </summary>
public sealed class SixtySixthUnseenPageTests() : ImportedPage("doha-document-for-peace-in-darfur.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("doha-document-for-peace-in-darfur", ArticleKind.Agreement),
            ("liberation-and-justice-movement", ArticleKind.Group),
            ("tijani-sese", ArticleKind.Person),
            ("doha", ArticleKind.Region),
            ("minni-minnawi", ArticleKind.Person),
            ("darfur", ArticleKind.Region));
    }

    [Fact]
    public async Task An_agreement_an_alliance_and_two_men_are_dated_as_written()
    {
        // "signed in Doha, Qatar, on 14 July 2011"; "formed in February 2010"
        Assert.Equal("2011-07-14", (await DateAsync("doha-document-for-peace-in-darfur", DateLabel.Signed)).Value);
        Assert.Equal("2010-02", (await DateAsync("liberation-and-justice-movement", DateLabel.Founded)).Value);
        // "(born 1950)"; "(born 1968)"
        Assert.Equal("1950", (await DateAsync("tijani-sese", DateLabel.Born)).Value);
        Assert.Equal("1968", (await DateAsync("minni-minnawi", DateLabel.Born)).Value);
        // A war that began in a region is no date of the region's.
        Assert.Empty(await DatesAsync("darfur"));
    }

    [Fact]
    public async Task An_agreement_and_an_alliance_keep_their_initials_and_a_man_his_fuller_name()
    {
        Assert.Equal(["DDPD"], await AliasesAsync("doha-document-for-peace-in-darfur"));
        Assert.Equal(["LJM"], await AliasesAsync("liberation-and-justice-movement"));
        Assert.Equal(["Minni Arko Minnawi"], await AliasesAsync("minni-minnawi"));
    }
}
