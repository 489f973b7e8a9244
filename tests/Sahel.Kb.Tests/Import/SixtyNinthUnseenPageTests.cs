using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A sixty-ninth page that no rule was written from (Burkina Faso's coup of October 1987, Thomas
/// Sankara, Blaise Compaoré, Ouagadougou, the National Council of the Revolution, Yako), its
/// expectations written before its first import (11 of its 13 statements, none wrong; kinds and
/// aliases right; a ruling body's years missed). Its statements are in
/// <c>expected/burkinabe-coup-1987.statements.txt</c>.
/// </summary>
public sealed class SixtyNinthUnseenPageTests() : ImportedPage("burkinabe-coup-1987.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("1987-burkinabe-coup-detat", ArticleKind.Event),
            ("thomas-sankara", ArticleKind.Person),
            ("blaise-compaore", ArticleKind.Person),
            ("ouagadougou", ArticleKind.Region),
            ("national-council-of-the-revolution", ArticleKind.Group),
            ("yako-burkina-faso", ArticleKind.Region));
    }

    [Fact]
    public async Task A_coup_a_ruling_body_and_two_presidents_are_dated_as_written()
    {
        // "took place on 15 October 1987"; "from 4 August 1983 to 15 October 1987"
        Assert.Equal("1987-10-15", (await DateAsync("1987-burkinabe-coup-detat", DateLabel.Start)).Value);
        Assert.Equal("1983-08-04", (await DateAsync("national-council-of-the-revolution", DateLabel.Founded)).Value);
        Assert.Equal("1987-10-15", (await DateAsync("national-council-of-the-revolution", DateLabel.Dissolved)).Value);
        // "(21 December 1949 – 15 October 1987)"; "(born 3 February 1951)"
        Assert.Equal("1949-12-21", (await DateAsync("thomas-sankara", DateLabel.Born)).Value);
        Assert.Equal("1987-10-15", (await DateAsync("thomas-sankara", DateLabel.Died)).Value);
        Assert.Equal("1951-02-03", (await DateAsync("blaise-compaore", DateLabel.Born)).Value);
    }

    [Fact]
    public async Task A_president_keeps_his_fuller_name_a_body_its_initials_and_a_town_its_short_name()
    {
        Assert.Equal(["Thomas Isidore Noël Sankara"], await AliasesAsync("thomas-sankara"));
        Assert.Equal(["CNR", "Conseil national de la révolution"], (await AliasesAsync("national-council-of-the-revolution")).Order(StringComparer.Ordinal));
        Assert.Equal(["Yako"], await AliasesAsync("yako-burkina-faso"));
    }
}
