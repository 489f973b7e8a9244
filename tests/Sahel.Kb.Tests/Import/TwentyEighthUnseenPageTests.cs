using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A twenty-eighth page that no rule was written from, with the seed's American dates (the siege of
/// Djibo, Djibo, Soum, Jafar Dicko, the Sirte Agreement of 2007), read before its first import (13 of
/// its 19 statements, one wrong). Its statements are in <c>expected/siege-of-djibo.statements.txt</c>.
/// </summary>
public sealed class TwentyEighthUnseenPageTests() : ImportedPage("siege-of-djibo.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("siege-of-djibo", ArticleKind.Event),
            ("djibo", ArticleKind.Region),
            ("soum-province", ArticleKind.Region),
            ("jafar-dicko", ArticleKind.Person),
            ("sirte-agreement-2007", ArticleKind.Agreement));
    }

    [Fact]
    public async Task A_year_given_as_around_is_a_circa_year_and_american_dates_are_read()
    {
        // "(born around 1985)"; "which began in February 2022"; "signed on October 25, 2007".
        var born = Assert.Single(await DatesAsync("jafar-dicko"));
        Assert.Equal(("1985", DatePrecision.Year, "circa"), (born.Value, born.Precision, born.Qualifier));
        Assert.Equal(("2022-02", DatePrecision.Month), Assert.Single(await DatesAsync("siege-of-djibo")) is var start ? (start.Value, start.Precision) : default);
        Assert.Equal("2007-10-25", Assert.Single(await DatesAsync("sirte-agreement-2007")).Value);
    }

    [Fact]
    public async Task A_siege_is_of_its_town_by_the_besieger_and_a_name_in_the_title_is_the_article_it_names()
    {
        // "The siege of Djibo is an ongoing blockade of the town of Djibo, in Burkina Faso's Soum Province, by Jama'at Nasr al-Islam wal Muslimin".
        var siege = await StatementsAsync("siege-of-djibo");
        Assert.Contains("participant Jama'at Nasr al-Islam wal Muslimin", siege);
        Assert.Contains("location djibo", siege);
        Assert.DoesNotContain("location Djibo", siege);
    }
}
