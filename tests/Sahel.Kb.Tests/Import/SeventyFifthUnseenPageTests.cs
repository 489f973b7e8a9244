using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A seventy-fifth page that no rule was written from (the battle of Anéfis of August 2015, Anéfis, the
/// Imghad Tuareg and Allies Self-Defense Group, El Hadj Ag Gamou, the Coordination of Azawad Movements,
/// the Agreement for Peace and Reconciliation in Mali), each snippet cut inside a word as the mirror cuts
/// them, its expectations written before its first import (11 of its 17 statements, 2 wrong: the battle
/// placed where an agreement it breached was signed, a militia made of the capital its coalition is loyal
/// to; kinds, dates and aliases right; 17 of 17 now). Its statements are in
/// <c>expected/battle-of-anefis.statements.txt</c>.
/// </summary>
public sealed class SeventyFifthUnseenPageTests() : ImportedPage("battle-of-anefis.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("battle-of-anefis", ArticleKind.Event),
            ("anefis", ArticleKind.Region),
            ("imghad-tuareg-and-allies-self-defense-group", ArticleKind.Group),
            ("el-hadj-ag-gamou", ArticleKind.Person),
            ("coordination-of-azawad-movements", ArticleKind.Group),
            ("agreement-for-peace-and-reconciliation-in-mali", ArticleKind.Agreement));
    }

    [Fact]
    public async Task A_battle_two_bodies_a_general_and_an_agreement_are_dated_as_written()
    {
        // "fought on 17 and 18 August 2015": two days, the first its start and the second its end
        Assert.Equal("2015-08-17", (await DateAsync("battle-of-anefis", DateLabel.Start)).Value);
        Assert.Equal("2015-08-18", (await DateAsync("battle-of-anefis", DateLabel.End)).Value);
        // "created on 14 August 2014"; "formed on 28 October 2014"; "(born 1964)"
        Assert.Equal("2014-08-14", (await DateAsync("imghad-tuareg-and-allies-self-defense-group", DateLabel.Founded)).Value);
        Assert.Equal("2014-10-28", (await DateAsync("coordination-of-azawad-movements", DateLabel.Founded)).Value);
        Assert.Equal("1964", (await DateAsync("el-hadj-ag-gamou", DateLabel.Born)).Value);
        // "signed in Bamako on 15 May 2015 by … and on 20 June 2015 by …": first signed on the first day
        Assert.Equal("2015-05-15", (await DateAsync("agreement-for-peace-and-reconciliation-in-mali", DateLabel.Signed)).Value);
        // Talks in 2013 and fighting "in 2015 and 20 …" (cut) are no town's dates.
        Assert.Empty(await DatesAsync("anefis"));
    }

    [Fact]
    public async Task Each_keeps_the_other_names_it_is_written_with()
    {
        Assert.Equal(["Anefif"], await AliasesAsync("anefis"));
        Assert.Equal(["GATIA", "Groupe d'autodéfense touareg Imghad et alliés"], (await AliasesAsync("imghad-tuareg-and-allies-self-defense-group")).Order(StringComparer.Ordinal));
        Assert.Equal(["CMA"], await AliasesAsync("coordination-of-azawad-movements"));
        Assert.Equal(["Algiers Accord"], await AliasesAsync("agreement-for-peace-and-reconciliation-in-mali"));
        Assert.Empty(await AliasesAsync("el-hadj-ag-gamou"));
    }

    [Fact]
    public async Task Names_the_page_gives_are_wanted_with_their_kinds()
    {
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Arab Movement of Azawad"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Islamic State in the Greater Sahara"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Kidal Region"));
        var wanted = await WantedAsync();
        Assert.DoesNotContain("Ménaka Re", wanted);
    }
}
