using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A fifty-first page that no rule was written from (the Burkinabè coup d'état of 2015, the Regiment of
/// Presidential Security, Gilbert Diendéré, Isaac Zida, the National Council for Democracy), its
/// expectations written before its first import (7 of its 9 statements, none wrong; a junta's day and a
/// fuller name missed). Its statements are in
/// <c>expected/burkinabe-coup-2015.statements.txt</c>.
/// </summary>
public sealed class FiftyFirstUnseenPageTests() : ImportedPage("burkinabe-coup-2015.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("2015-burkinabe-coup-detat", ArticleKind.Event),
            ("regiment-of-presidential-security", ArticleKind.Group),
            ("gilbert-diendere", ArticleKind.Person),
            ("isaac-zida", ArticleKind.Person),
            ("national-council-for-democracy-burkina-faso", ArticleKind.Group));
    }

    [Fact]
    public async Task A_coup_a_unit_a_junta_and_two_officers_are_dated_as_written()
    {
        // "took place on 16 September 2015 … Kafando was restored on 23 September"; "created in 1995 … dissolved on
        // 25 September 2015"; "(born 1960)", "(born 1965)"; "proclaimed … on 17 September 2015 … handed power back … on 23 September 2015"
        Assert.Equal("2015-09-16", (await DateAsync("2015-burkinabe-coup-detat", DateLabel.Start)).Value);
        Assert.Equal("1995", (await DateAsync("regiment-of-presidential-security", DateLabel.Founded)).Value);
        Assert.Equal("2015-09-25", (await DateAsync("regiment-of-presidential-security", DateLabel.Dissolved)).Value);
        Assert.Equal("1960", (await DateAsync("gilbert-diendere", DateLabel.Born)).Value);
        Assert.Equal("1965", (await DateAsync("isaac-zida", DateLabel.Born)).Value);
        Assert.Equal("2015-09-17", (await DateAsync("national-council-for-democracy-burkina-faso", DateLabel.Founded)).Value);
    }

    [Fact]
    public async Task The_brackets_and_a_fuller_name_are_aliases()
    {
        Assert.Superset(new HashSet<string> { "Régiment de sécurité présidentielle", "RSP" }, (await AliasesAsync("regiment-of-presidential-security")).ToHashSet());
        Assert.Superset(new HashSet<string> { "Conseil national pour la démocratie", "CND" }, (await AliasesAsync("national-council-for-democracy-burkina-faso")).ToHashSet());
        Assert.Contains("Yacouba Isaac Zida", await AliasesAsync("isaac-zida"));
    }

    [Fact]
    public async Task The_people_and_bodies_without_a_snippet_are_wanted()
    {
        var wanted = await WantedAsync();
        string[] expected = ["Michel Kafando", "Burkinabè Armed Forces", "Blaise Compaoré", "Ouagadougou"];
        Assert.Empty(expected.Except(wanted));
        Assert.Equal(ArticleKind.Person, await WantedKindAsync("Michel Kafando"));
    }
}
