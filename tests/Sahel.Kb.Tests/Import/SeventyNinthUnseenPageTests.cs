using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A seventy-ninth page that no rule was written from (the battle of Tabankort of 2015, Tabankort, the
/// Platform, Harouna Toureh), each snippet cut inside a word as the mirror cuts them: read first as an
/// analyst's page after the thirteenth stop, its expectations written from the text (8 of its 14
/// statements right at first; 14 now, none wrong). Its statements are in
/// <c>expected/battle-of-tabankort.statements.txt</c>.
/// </summary>
public sealed class SeventyNinthUnseenPageTests() : ImportedPage("battle-of-tabankort.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("battle-of-tabankort", ArticleKind.Event),
            ("tabankort", ArticleKind.Region),
            ("platform-of-armed-groups", ArticleKind.Group),
            ("harouna-toureh", ArticleKind.Person));
    }

    [Fact]
    public async Task A_battle_a_coalition_and_a_spokesman_are_dated_as_written()
    {
        // "was fought on 17 January 2015"; "formed on 14 June 2014 in Algiers"; "(born 1968)"
        var start = await DateAsync("battle-of-tabankort", DateLabel.Start);
        Assert.Equal(("2015-01-17", DatePrecision.Day), (start.Value, start.Precision));
        Assert.Equal("2014-06-14", (await DateAsync("platform-of-armed-groups", DateLabel.Founded)).Value);
        Assert.Equal("1968", (await DateAsync("harouna-toureh", DateLabel.Born)).Value);
        // "It was held by the Platform from 2015 until …": who held a village, not the village's own dates.
        Assert.Empty(await DatesAsync("tabankort"));
        var spokesman = await QualifiersAsync("harouna-toureh", "member_of", "platform-of-armed-groups");
        Assert.Equal(("2014", "2019"), (spokesman["from"], spokesman["to"]));
    }

    [Fact]
    public async Task A_coalition_keeps_its_french_and_short_names_and_the_places_named_are_wanted_as_places()
    {
        Assert.Equal(["Plateforme des mouvements du 14 juin 2014 d'Alger", "Platform"],
            (await AliasesAsync("platform-of-armed-groups")).Order(StringComparer.Ordinal));
        // "in the Tarkint commune of the Bourem Cercle": a division named before its noun; "in the Gao Region of Mali"
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Tarkint"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Bourem Cercle"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Mali"));
        // "a member of the Ganda Koy militia"
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Ganda Koy"));
    }
}
