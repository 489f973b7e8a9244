using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A thirty-eighth page that no rule was written from, saved as HTML (the battle of Am Dam in 2009,
/// the Union of Resistance Forces, Timan Erdimi, Am Dam, the Doha Agreement of 2009, Mahamat Nouri),
/// read before its first import (15 of its 19 statements right, one wrong). Its statements are in
/// <c>expected/battle-of-am-dam.statements.txt</c>.
/// </summary>
public sealed class ThirtyEighthUnseenPageTests() : ImportedPage("battle-of-am-dam.html")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("battle-of-am-dam-2009", ArticleKind.Event),
            ("union-of-resistance-forces", ArticleKind.Group),
            ("timan-erdimi", ArticleKind.Person),
            ("am-dam", ArticleKind.Region),
            ("doha-agreement-2009", ArticleKind.Agreement),
            ("mahamat-nouri", ArticleKind.Person));
    }

    [Fact]
    public async Task Each_date_is_its_articles_own()
    {
        // "fought on 7 May 2009"; "formed in January 2009"; "(born 1955)"; "signed on 3 May 2009"; "(born 1947)"
        Assert.Equal("2009-05-07", Assert.Single(await DatesAsync("battle-of-am-dam-2009")).Value);
        Assert.Equal("2009-01", Assert.Single(await DatesAsync("union-of-resistance-forces")).Value);
        Assert.Equal("1955", Assert.Single(await DatesAsync("timan-erdimi")).Value);
        Assert.Equal("2009-05-03", Assert.Single(await DatesAsync("doha-agreement-2009")).Value);
        Assert.Equal("1947", Assert.Single(await DatesAsync("mahamat-nouri")).Value);
        Assert.Empty(await DatesAsync("am-dam"));
    }

    [Fact]
    public async Task The_coalitions_short_form_and_french_name_are_its_aliases()
    {
        // "The Union of Resistance Forces (French: Union des forces de la résistance, UFR)"
        var aliases = await AliasesAsync("union-of-resistance-forces");
        Assert.Contains("UFR", aliases);
        Assert.Contains("Union des forces de la résistance", aliases);
    }

    [Fact]
    public async Task Where_a_column_came_from_and_who_mediated_are_no_facts_of_the_battle_or_the_agreement()
    {
        // "whose column had crossed from Sudan four days earlier"; "It was mediated by Qatar and Libya"
        Assert.DoesNotContain("location Sudan", await StatementsAsync("battle-of-am-dam-2009"));
        var agreement = await StatementsAsync("doha-agreement-2009");
        Assert.DoesNotContain("signatory Libya", agreement);
        Assert.DoesNotContain("signatory Qatar", agreement);
    }

    [Fact]
    public async Task A_capital_union_opens_a_name_and_is_no_union_of_the_words_after_it()
    {
        // "among them the Rally of Forces for Change and the Union of Forces for Democracy and Development ...": the second name,
        // before the mirror's cut, is refused whole; "Union of" is not "a union of" its last word.
        Assert.Equal(["led_by timan-erdimi", "has_part Rally of Forces for Change"], await StatementsAsync("union-of-resistance-forces"));
        Assert.DoesNotContain("Development", await WantedAsync());
    }
}
