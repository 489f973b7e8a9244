using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A forty-fifth page that no rule was written from (the battle of Adré in 2005, Adré, the Rally for
/// Democracy and Liberty, Mahamat Nour Abdelkerim, the United Front for Change, the Ouaddaï Region),
/// read before its first import (14 of its 15 statements read right, 1 wrong; now all 15). Its statements are in <c>expected/battle-of-adre.statements.txt</c>.
/// </summary>
public sealed class FortyFifthUnseenPageTests() : ImportedPage("battle-of-adre.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("battle-of-adre-2005", ArticleKind.Event),
            ("adre", ArticleKind.Region),
            ("rally-for-democracy-and-liberty", ArticleKind.Group),
            ("mahamat-nour-abdelkerim", ArticleKind.Person),
            ("united-front-for-change", ArticleKind.Group),
            ("ouaddai-region", ArticleKind.Region));
    }

    [Fact]
    public async Task A_coalitions_life_and_its_names_are_read()
    {
        // "(French: Front uni pour le changement, FUC) was a coalition … formed in December 2005 … and was dissolved in 2007"
        var aliases = await AliasesAsync("united-front-for-change");
        Assert.Contains("FUC", aliases);
        Assert.Contains("Front uni pour le changement", aliases);
        var founded = await DateAsync("united-front-for-change", DateLabel.Founded);
        Assert.Equal(("2005-12", DatePrecision.Month), (founded.Value, founded.Precision));
        Assert.Equal("2007", (await DateAsync("united-front-for-change", DateLabel.Dissolved)).Value);
    }

    [Fact]
    public async Task The_battle_and_its_founder_are_dated_as_written()
    {
        // "took place on 18 December 2005"; "(born 1969)"; "formed in 2005 by Mahamat Nour Abdelkerim"
        Assert.Equal("2005-12-18", (await DateAsync("battle-of-adre-2005", DateLabel.Start)).Value);
        Assert.Equal("1969", (await DateAsync("mahamat-nour-abdelkerim", DateLabel.Born)).Value);
        Assert.Equal("2005", (await DateAsync("rally-for-democracy-and-liberty", DateLabel.Founded)).Value);
    }

    [Fact]
    public async Task An_accused_backer_is_no_side()
    {
        // "Chad accused Sudan of backing the rebels"
        Assert.DoesNotContain(await StatementsAsync("battle-of-adre-2005"), s => s.Contains("Sudan", StringComparison.Ordinal));
    }
}
