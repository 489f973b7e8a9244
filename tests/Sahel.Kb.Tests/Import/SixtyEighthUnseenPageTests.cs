using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A sixty-eighth page that no rule was written from, saved as HTML (the N'Djamena bombings of June
/// 2015, N'Djamena, Boko Haram, Kousséri, Albert Pahimi Padacké, the Chari River), its expectations
/// written before its first import (9 of its 13 statements, 1 wrong; kinds right; two dates and an
/// alias missed). Its statements are in
/// <c>expected/ndjamena-bombings-2015.statements.txt</c>.
/// </summary>
public sealed class SixtyEighthUnseenPageTests() : ImportedPage("ndjamena-bombings-2015.html")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("june-2015-ndjamena-bombings", ArticleKind.Event),
            ("ndjamena", ArticleKind.Region),
            ("boko-haram", ArticleKind.Group),
            ("kousseri", ArticleKind.Region),
            ("albert-pahimi-padacke", ArticleKind.Person),
            ("chari-river", ArticleKind.Region));
    }

    [Fact]
    public async Task Bombings_a_city_a_group_and_a_prime_minister_are_dated_as_written()
    {
        // "on 15 June 2015"; "founded as Fort-Lamy by the French in 1900"; "founded in 2002 by Mohammed Yusuf"; "(born 15 November 1966)"
        Assert.Equal("2015-06-15", (await DateAsync("june-2015-ndjamena-bombings", DateLabel.Start)).Value);
        Assert.Equal("1900", (await DateAsync("ndjamena", DateLabel.Founded)).Value);
        Assert.Equal("2002", (await DateAsync("boko-haram", DateLabel.Founded)).Value);
        Assert.Equal("1966-11-15", (await DateAsync("albert-pahimi-padacke", DateLabel.Born)).Value);
        // A town attacked in 2015 was not founded then; a war Chad fought since February 2015 is no date of the bombings'.
        Assert.Empty(await DatesAsync("kousseri"));
        Assert.Single(await DatesAsync("june-2015-ndjamena-bombings"));
    }

    [Fact]
    public async Task A_city_keeps_its_colonial_name_and_a_group_its_official_one()
    {
        Assert.Contains("Fort-Lamy", await AliasesAsync("ndjamena"));
        Assert.Contains("Jamā'at Ahl as-Sunnah lid-Da'wah wa'l-Jihād", await AliasesAsync("boko-haram"));
    }
}
