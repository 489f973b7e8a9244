using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A forty-eighth page that no rule was written from (the battle of Tinzaouaten in 2024, Tinzaouaten, the
/// Malian Armed Forces, the Strategic Framework for the Defence of the People of Azawad, Alghabass Ag
/// Intalla, the Azawad Liberation Front), its expectations written before its first import (13 of its 21
/// statements right, 3 wrong; these cases all held). Its statements are in
/// <c>expected/battle-of-tinzaouaten.statements.txt</c>.
/// </summary>
public sealed class FortyEighthUnseenPageTests() : ImportedPage("battle-of-tinzaouaten.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("battle-of-tinzaouaten-2024", ArticleKind.Event),
            ("tinzaouaten", ArticleKind.Region),
            ("malian-armed-forces", ArticleKind.Group),
            ("strategic-framework-for-the-defence-of-the-people-of-azawad", ArticleKind.Group),
            ("alghabass-ag-intalla", ArticleKind.Person),
            ("azawad-liberation-front", ArticleKind.Group));
    }

    [Fact]
    public async Task A_battle_a_coalition_and_its_successor_are_dated_as_written()
    {
        // "fought from 25 to 27 July 2024"; "formed in 2021 … merged into the Azawad Liberation Front in
        // November 2024"; "founded on 30 November 2024"
        Assert.Equal("2024-07-25", (await DateAsync("battle-of-tinzaouaten-2024", DateLabel.Start)).Value);
        Assert.Equal("2024-07-27", (await DateAsync("battle-of-tinzaouaten-2024", DateLabel.End)).Value);
        Assert.Equal("2021", (await DateAsync("strategic-framework-for-the-defence-of-the-people-of-azawad", DateLabel.Founded)).Value);
        Assert.Equal("2024-11", (await DateAsync("strategic-framework-for-the-defence-of-the-people-of-azawad", DateLabel.Dissolved)).Value);
        Assert.Equal("2024-11-30", (await DateAsync("azawad-liberation-front", DateLabel.Founded)).Value);
    }

    [Fact]
    public async Task An_election_is_no_birth()
    {
        // "Elected to the National Assembly for Kidal in 2007, he broke with Ansar Dine in January 2013"
        Assert.DoesNotContain(await DatesAsync("alghabass-ag-intalla"), d => d.Label is DateLabel.Born or DateLabel.Died);
    }

    [Fact]
    public async Task The_bracket_gives_each_body_its_french_name_and_its_initials()
    {
        Assert.Equal(["FAMa", "Forces Armées Maliennes"], (await AliasesAsync("malian-armed-forces")).Order(StringComparer.Ordinal));
        Assert.Equal(["CSP-DPA", "Cadre stratégique pour la défense du peuple de l'Azawad"], (await AliasesAsync("strategic-framework-for-the-defence-of-the-people-of-azawad")).Order(StringComparer.Ordinal));
        Assert.Equal(["FLA", "Front de libération de l'Azawad"], (await AliasesAsync("azawad-liberation-front")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_bodies_and_places_without_a_snippet_are_wanted_under_their_own_names()
    {
        var wanted = await WantedAsync();
        string[] expected = ["Abeïbara Cercle", "Wagner Group", "Group for the Support of Islam and Muslims", "Islamic Movement of Azawad", "High Council for the Unity of Azawad", "Ansar Dine", "Intalla Ag Attaher"];
        Assert.Empty(expected.Except(wanted));
        Assert.Equal(ArticleKind.Person, await WantedKindAsync("Intalla Ag Attaher"));
    }
}
