using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A forty-second page that no rule was written from (the Chibok schoolgirls kidnapping of 2014,
/// Chibok, Borno State, Boko Haram, Abubakar Shekau, Goodluck Jonathan, Bring Back Our Girls), read
/// before its first import (8 of its 15 statements read right, 2 wrong; now all 15). Its statements are in <c>expected/chibok-kidnapping.statements.txt</c>.
/// </summary>
public sealed class FortySecondUnseenPageTests() : ImportedPage("chibok-kidnapping.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        // A campaign "launched … by Oby Ezekwesili and other activists" is a body of people, as a movement is.
        await AssertKindsAsync(
            ("chibok-schoolgirls-kidnapping-2014", ArticleKind.Event),
            ("chibok", ArticleKind.Region),
            ("borno-state", ArticleKind.Region),
            ("boko-haram", ArticleKind.Group),
            ("abubakar-shekau", ArticleKind.Person),
            ("goodluck-jonathan", ArticleKind.Person),
            ("bring-back-our-girls", ArticleKind.Group));
    }

    [Fact]
    public async Task A_night_across_two_days_is_the_kidnappings_span()
    {
        // "On the night of 14–15 April 2014, 276 female students were kidnapped"
        Assert.Equal("2014-04-14", (await DateAsync("chibok-schoolgirls-kidnapping-2014", DateLabel.Start)).Value);
        Assert.Equal("2014-04-15", (await DateAsync("chibok-schoolgirls-kidnapping-2014", DateLabel.End)).Value);
    }

    [Fact]
    public async Task A_life_given_about_a_year_and_to_the_day_is_read_at_each_ones_precision()
    {
        // "Abubakar Shekau (c. 1973 – 19 May 2021)"
        var born = await DateAsync("abubakar-shekau", DateLabel.Born);
        Assert.Equal(("1973", DatePrecision.Year), (born.Value, born.Precision));
        Assert.Equal("2021-05-19", (await DateAsync("abubakar-shekau", DateLabel.Died)).Value);
    }

    [Fact]
    public async Task An_official_name_and_its_initials_are_the_groups_aliases()
    {
        // "Boko Haram, officially known as Jama'atu Ahlis Sunna Lidda'awati wal-Jihad (JAS), is a jihadist group founded in Maiduguri in 2002"
        var aliases = await AliasesAsync("boko-haram");
        Assert.Contains("Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", aliases);
        Assert.Contains("JAS", aliases);
        Assert.Equal("2002", (await DateAsync("boko-haram", DateLabel.Founded)).Value);
        Assert.Contains("Goodluck Ebele Jonathan", await AliasesAsync("goodluck-jonathan"));
    }

    [Fact]
    public async Task Who_kidnapped_carried_it_out_and_who_claimed_it_is_no_side()
    {
        // "were kidnapped … by Boko Haram. The group's leader, Abubakar Shekau, claimed responsibility"
        var kidnapping = await StatementsAsync("chibok-schoolgirls-kidnapping-2014");
        Assert.Contains("perpetrator boko-haram", kidnapping);
        Assert.DoesNotContain(kidnapping, s => s.Contains("shekau", StringComparison.OrdinalIgnoreCase));
    }
}
