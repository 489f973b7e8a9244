using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A thirty-third page that no rule was written from (N'Djamena in 2006, the United Front for
/// Democratic Change, Mahamat Nour Abdelkerim, the Tripoli Agreement of 2006, Abéché), read before its
/// first import (9 of its 13 statements right, 2 wrong, 2 periods wrong). Its statements are in
/// <c>expected/battle-of-ndjamena-2006.statements.txt</c>.
/// </summary>
public sealed class ThirtyThirdUnseenPageTests() : ImportedPage("battle-of-ndjamena-2006.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("battle-of-ndjamena-2006", ArticleKind.Event),
            ("united-front-for-democratic-change", ArticleKind.Group),
            ("mahamat-nour-abdelkerim", ArticleKind.Person),
            ("tripoli-agreement-2006", ArticleKind.Agreement),
            ("abeche", ArticleKind.Region));
    }

    [Fact]
    public async Task Each_statement_of_a_sentence_has_its_own_period()
    {
        // "He led the United Front for Democratic Change from 2005 and was Minister of Defence of Chad from March to December 2007"
        var ministry = await QualifiersAsync("mahamat-nour-abdelkerim", "position_held", "Minister of Defence of Chad");
        Assert.Equal(("2007-03", "2007-12"), (ministry["from"], ministry["to"]));
        var leadership = (await QualifierSetsAsync("united-front-for-democratic-change", "led_by", "mahamat-nour-abdelkerim")).Single(q => q.ContainsKey("from"));
        Assert.Equal("2005", leadership["from"]);
        Assert.False(leadership.ContainsKey("to"));
    }

    [Fact]
    public async Task Who_marched_on_a_town_and_who_stopped_them_are_the_sides_and_not_where_they_came_from()
    {
        // "rebels of the United Front for Democratic Change crossed from Sudan and advanced on N'Djamena, before being stopped by the Chadian Army"
        var battle = await StatementsAsync("battle-of-ndjamena-2006");
        Assert.Equal(["location N'Djamena", "participant Chadian Army", "participant united-front-for-democratic-change"], battle.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_past_capital_and_a_leader_are_not_where_a_town_lies_and_who_founded_a_group()
    {
        // "It was the capital of the Sultanate of Wadai until 1911"; "formed in December 2005 and led by Mahamat Nour Abdelkerim"
        Assert.DoesNotContain("located_in Sultanate of Wadai", await StatementsAsync("abeche"));
        Assert.DoesNotContain(await StatementsAsync("united-front-for-democratic-change"), s => s.StartsWith("founded_by", StringComparison.Ordinal));
    }
}
