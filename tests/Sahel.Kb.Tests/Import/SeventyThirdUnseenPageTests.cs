using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A seventy-third page that no rule was written from (the Boulkessi and Mondoro attacks of September
/// 2019, Boulkessi, Mondoro, the Mopti Region, Ibrahim Boubacar Keïta, Jama'at Nasr al-Islam wal
/// Muslimin), each snippet cut inside a word as the mirror cuts them, its expectations written before
/// its first import (16 of its 24 statements, 1 wrong; the attacks' day and a nickname missed; 24 of
/// 24 now). Its statements are in <c>expected/boulkessi-and-mondoro-attacks.statements.txt</c>.
/// </summary>
public sealed class SeventyThirdUnseenPageTests() : ImportedPage("boulkessi-and-mondoro-attacks.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("boulkessi-and-mondoro-attacks", ArticleKind.Event),
            ("boulkessi", ArticleKind.Region),
            ("mondoro", ArticleKind.Region),
            ("mopti-region", ArticleKind.Region),
            ("ibrahim-boubacar-keita", ArticleKind.Person),
            ("jamaat-nasr-al-islam-wal-muslimin", ArticleKind.Group));
    }

    [Fact]
    public async Task Attacks_a_president_and_an_alliance_are_dated_as_written()
    {
        // "two simultaneous assaults on 30 September 2019"; "(29 January 1945 – 16 January 2022)"; "formed on 2 March 2017"
        Assert.Equal("2019-09-30", (await DateAsync("boulkessi-and-mondoro-attacks", DateLabel.Start)).Value);
        Assert.Equal("1945-01-29", (await DateAsync("ibrahim-boubacar-keita", DateLabel.Born)).Value);
        Assert.Equal("2022-01-16", (await DateAsync("ibrahim-boubacar-keita", DateLabel.Died)).Value);
        Assert.Equal("2017-03-02", (await DateAsync("jamaat-nasr-al-islam-wal-muslimin", DateLabel.Founded)).Value);
        // A camp built in 2018 and attacked in 2022, a census of 2009 and a siege of "2019 and 20 ..." (cut),
        // violence "since 2015": none is a village's, a commune's or a region's date.
        Assert.Empty(await DatesAsync("boulkessi"));
        Assert.Empty(await DatesAsync("mondoro"));
        Assert.Empty(await DatesAsync("mopti-region"));
    }

    [Fact]
    public async Task A_president_and_an_alliance_keep_their_initials_and_a_cut_name_is_no_name()
    {
        Assert.Equal(["IBK"], await AliasesAsync("ibrahim-boubacar-keita"));
        Assert.Contains("JNIM", await AliasesAsync("jamaat-nasr-al-islam-wal-muslimin"));
        var wanted = await WantedAsync();
        Assert.DoesNotContain("G5 Sahel Joint For", wanted);
        Assert.DoesNotContain("Alpha Oumar Kona", wanted);
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Douentza Cercle"));
    }
}
