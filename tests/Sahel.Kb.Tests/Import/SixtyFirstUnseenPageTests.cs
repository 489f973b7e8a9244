using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A sixty-first page that no rule was written from (the battle of Omdurman of May 2008, the Justice
/// and Equality Movement, Khalil Ibrahim, Omdurman, the Sudanese Armed Forces, Omar al-Bashir), its
/// expectations written before its first import (8 of its 14 statements, 4 wrong; kinds, dates and
/// aliases right). Its statements are in
/// <c>expected/battle-of-omdurman-2008.statements.txt</c>.
/// </summary>
public sealed class SixtyFirstUnseenPageTests() : ImportedPage("battle-of-omdurman-2008.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("battle-of-omdurman-2008", ArticleKind.Event),
            ("justice-and-equality-movement", ArticleKind.Group),
            ("khalil-ibrahim", ArticleKind.Person),
            ("omdurman", ArticleKind.Region),
            ("sudanese-armed-forces", ArticleKind.Group),
            ("omar-al-bashir", ArticleKind.Person));
    }

    [Fact]
    public async Task A_battle_a_movement_and_two_men_are_dated_as_written()
    {
        // "took place on 10 May 2008"; "founded by Khalil Ibrahim in 2001"
        Assert.Equal("2008-05-10", (await DateAsync("battle-of-omdurman-2008", DateLabel.Start)).Value);
        Assert.Equal("2001", (await DateAsync("justice-and-equality-movement", DateLabel.Founded)).Value);
        // "(1957 – 23 December 2011)"; "(born 1 January 1944)"
        Assert.Equal("1957", (await DateAsync("khalil-ibrahim", DateLabel.Born)).Value);
        Assert.Equal("2011-12-23", (await DateAsync("khalil-ibrahim", DateLabel.Died)).Value);
        Assert.Equal("1944-01-01", (await DateAsync("omar-al-bashir", DateLabel.Born)).Value);
        // A city's years as another state's capital are no dates of its own.
        Assert.Empty(await DatesAsync("omdurman"));
    }

    [Fact]
    public async Task A_president_keeps_his_fuller_name_and_a_movement_its_initials()
    {
        Assert.Equal(["Omar Hassan Ahmad al-Bashir"], await AliasesAsync("omar-al-bashir"));
        Assert.Equal(["JEM"], await AliasesAsync("justice-and-equality-movement"));
        Assert.Equal(["SAF"], await AliasesAsync("sudanese-armed-forces"));
    }
}
