using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A hundred-and-twenty-sixth page that no rule was written from (the Anderamboukane massacres of 2018, Anderamboukane, the
/// Movement for the Salvation of Azawad, Moussa Ag Acharatoumane, the Ménaka Region), each snippet cut inside a word as the
/// mirror cuts them, its expectations written before its first import. Its statements are in
/// <c>expected/anderamboukane-massacres.statements.txt</c>.
/// </summary>
public sealed class HundredAndTwentySixthUnseenPageTests() : ImportedPage("anderamboukane-massacres.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("anderamboukane-massacres", ArticleKind.Event),
            ("anderamboukane", ArticleKind.Region),
            ("movement-for-the-salvation-of-azawad", ArticleKind.Group),
            ("moussa-ag-acharatoumane", ArticleKind.Person),
            ("menaka-region", ArticleKind.Region));
    }

    [Fact]
    public async Task Killings_over_two_months_a_group_s_founding_and_a_region_s_creation_are_dated_and_a_village_not_by_who_held_it()
    {
        // "in April and May 2018"; "founded in September 2016"; "created in 2016"; "Held by … from 2012, it was retaken … in 2015"
        Assert.Equal("2018-04", (await DateAsync("anderamboukane-massacres", DateLabel.Start)).Value);
        Assert.Equal("2018-05", (await DateAsync("anderamboukane-massacres", DateLabel.End)).Value);
        Assert.Equal("2016-09", (await DateAsync("movement-for-the-salvation-of-azawad", DateLabel.Founded)).Value);
        Assert.Equal("2016", (await DateAsync("menaka-region", DateLabel.Founded)).Value);
        Assert.Empty(await DatesAsync("anderamboukane"));
    }

    [Fact]
    public async Task A_group_is_also_named_by_its_French_name_and_initials_and_a_region_not_by_its_capital()
    {
        var aliases = await AliasesAsync("movement-for-the-salvation-of-azawad");
        Assert.Contains("MSA", aliases);
        Assert.Contains("Mouvement pour le salut de l'Azawad", aliases);
        Assert.DoesNotContain("Ménaka", await AliasesAsync("menaka-region"));
    }

    [Fact]
    public async Task The_groups_that_pursued_the_killers_and_those_who_held_a_village_are_no_part_of_the_facts()
    {
        // "after the Movement for the Salvation of Azawad and GATIA had pursued the group with the support of French troops of Operation Barkhane";
        // "Held by the National Movement for the Liberation of Azawad from 2012, it was retaken by the Malian army"; "It borders Niger"
        Assert.DoesNotContain(await StatementsAsync("anderamboukane-massacres"), s => s.Contains("GATIA", StringComparison.Ordinal) || s.Contains("Barkhane", StringComparison.Ordinal) || s.Contains("salvation", StringComparison.OrdinalIgnoreCase) || s.Contains("Niger", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("anderamboukane"), s => s.Contains("Liberation", StringComparison.Ordinal) || s.Contains("army", StringComparison.OrdinalIgnoreCase) || s.Contains("Niger", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("menaka-region"), s => s.Contains("Niger", StringComparison.Ordinal) || s.Contains("Islamic State", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Names_without_their_articles_are_wanted_with_their_kinds()
    {
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Islamic State in the Greater Sahara"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("High Council for the Unity of Azawad"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Ménaka Cercle"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("National Movement for the Liberation of Azawad"));
    }
}
