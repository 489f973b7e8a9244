using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A sixty-third page that no rule was written from (the Tuareg rebellion of 2007–2009, the Niger
/// Movement for Justice, Aghaly ag Alambo, Iferouane, Mamadou Tandja, the Aïr Mountains), its
/// expectations written before its first import (13 of its 16 statements, 1 wrong; kinds, dates and
/// aliases right). Its statements are in
/// <c>expected/tuareg-rebellion-2007-2009.statements.txt</c>.
/// </summary>
public sealed class SixtyThirdUnseenPageTests() : ImportedPage("tuareg-rebellion-2007-2009.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("tuareg-rebellion-2007-2009", ArticleKind.Event),
            ("niger-movement-for-justice", ArticleKind.Group),
            ("aghaly-ag-alambo", ArticleKind.Person),
            ("iferouane", ArticleKind.Region),
            ("mamadou-tandja", ArticleKind.Person),
            ("air-mountains", ArticleKind.Region));
    }

    [Fact]
    public async Task A_rebellion_a_group_and_two_men_are_dated_as_written()
    {
        // "The Tuareg rebellion of 2007–2009"; "from February 2007"; "It ended with peace deals … in 2009"
        Assert.StartsWith("2007", (await DateAsync("tuareg-rebellion-2007-2009", DateLabel.Start)).Value, StringComparison.Ordinal);
        Assert.Equal("2009", (await DateAsync("tuareg-rebellion-2007-2009", DateLabel.End)).Value);
        // "formed in 2007"; "(born 1966)"; "(1938 – 24 November 2020)"
        Assert.Equal("2007", (await DateAsync("niger-movement-for-justice", DateLabel.Founded)).Value);
        Assert.Equal("1966", (await DateAsync("aghaly-ag-alambo", DateLabel.Born)).Value);
        Assert.Equal("1938", (await DateAsync("mamadou-tandja", DateLabel.Born)).Value);
        Assert.Equal("2020-11-24", (await DateAsync("mamadou-tandja", DateLabel.Died)).Value);
        // An attack on a town's army post is no date of the town's.
        Assert.Empty(await DatesAsync("iferouane"));
    }

    [Fact]
    public async Task A_group_keeps_its_initials_and_french_name()
    {
        Assert.Equal(["MNJ", "Mouvement des Nigériens pour la justice"], (await AliasesAsync("niger-movement-for-justice")).Order(StringComparer.Ordinal));
        Assert.Empty(await AliasesAsync("aghaly-ag-alambo"));
    }
}
