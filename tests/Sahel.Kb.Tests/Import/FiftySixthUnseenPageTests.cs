using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A fifty-sixth page that no rule was written from (the battle of Kidal in May 2014, Kidal, Moussa
/// Mara, the High Council for the Unity of Azawad, the Arab Movement of Azawad, the Malian Armed
/// Forces), its expectations written before its first import (9 of its 14 statements and five wrong;
/// kinds, dates, aliases and links right). Its statements are in
/// <c>expected/battle-of-kidal-2014.statements.txt</c>.
/// </summary>
public sealed class FiftySixthUnseenPageTests() : ImportedPage("battle-of-kidal-2014.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("battle-of-kidal-2014", ArticleKind.Event),
            ("kidal", ArticleKind.Region),
            ("moussa-mara", ArticleKind.Person),
            ("high-council-for-the-unity-of-azawad", ArticleKind.Group),
            ("arab-movement-of-azawad", ArticleKind.Group),
            ("malian-armed-forces", ArticleKind.Group));
    }

    [Fact]
    public async Task A_battle_a_prime_minister_and_two_movements_are_dated_as_written()
    {
        // "from 17 to 21 May 2014"; "(born 2 March 1975)"; "founded in May 2013"; "formed in 2012"
        Assert.Equal("2014-05-17", (await DateAsync("battle-of-kidal-2014", DateLabel.Start)).Value);
        Assert.Equal("2014-05-21", (await DateAsync("battle-of-kidal-2014", DateLabel.End)).Value);
        Assert.Equal("1975-03-02", (await DateAsync("moussa-mara", DateLabel.Born)).Value);
        Assert.Equal("2013-05", (await DateAsync("high-council-for-the-unity-of-azawad", DateLabel.Founded)).Value);
        Assert.Equal("2012", (await DateAsync("arab-movement-of-azawad", DateLabel.Founded)).Value);
    }

    [Fact]
    public async Task Initials_and_french_names_are_aliases_and_neither_a_bare_army_nor_a_people_is_wanted()
    {
        Assert.Equal(["HCUA", "Haut conseil pour l'unité de l'Azawad"], (await AliasesAsync("high-council-for-the-unity-of-azawad")).Order(StringComparer.Ordinal));
        Assert.Equal(["FAMa", "Forces armées maliennes"], (await AliasesAsync("malian-armed-forces")).Order(StringComparer.Ordinal));
        Assert.Equal(["MAA"], await AliasesAsync("arab-movement-of-azawad"));
        var wanted = await WantedAsync();
        Assert.DoesNotContain("Army", wanted);
        Assert.DoesNotContain("Air Force", wanted);
        Assert.DoesNotContain(wanted, name => name.StartsWith("Arabs", StringComparison.Ordinal));
        Assert.Contains("Yéléma", wanted);
    }
}
