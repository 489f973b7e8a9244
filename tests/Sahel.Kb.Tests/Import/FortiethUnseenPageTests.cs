using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A fortieth page that no rule was written from (the battle of Monguno in 2018, Monguno, the Islamic
/// State West Africa Province, Gudumbali, Tukur Yusuf Buratai, the Lake Chad Basin Commission), read
/// before its first import (17 of its 24 statements, none wrong). Its statements are in
/// <c>expected/battle-of-monguno.statements.txt</c>.
/// </summary>
public sealed class FortiethUnseenPageTests() : ImportedPage("battle-of-monguno.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("battle-of-monguno-2018", ArticleKind.Event),
            ("monguno", ArticleKind.Region),
            ("islamic-state-west-africa-province", ArticleKind.Group),
            ("gudumbali", ArticleKind.Region),
            ("tukur-yusuf-buratai", ArticleKind.Person),
            ("lake-chad-basin-commission", ArticleKind.Group));
    }

    [Fact]
    public async Task Each_date_is_its_articles_own()
    {
        // "took place on 8 September 2018"; "(born 24 November 1960)"; "founded on 22 May 1964"
        Assert.Equal("2018-09-08", Assert.Single(await DatesAsync("battle-of-monguno-2018")).Value);
        Assert.Equal("1960-11-24", Assert.Single(await DatesAsync("tukur-yusuf-buratai")).Value);
        Assert.Equal("1964-05-22", Assert.Single(await DatesAsync("lake-chad-basin-commission")).Value);
    }

    [Fact]
    public async Task A_province_named_group_fights_and_its_headquarters_are_no_member()
    {
        // "fighters of the Islamic State West Africa Province overran a military base"; "Its headquarters are in N'Djamena"
        Assert.Contains("participant islamic-state-west-africa-province", await StatementsAsync("battle-of-monguno-2018"));
        Assert.DoesNotContain(await StatementsAsync("lake-chad-basin-commission"), s => s.Contains("N'Djamena", StringComparison.Ordinal));
    }
}
