using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// An eighty-seventh page (the battle of Kulbus of 2024, the town of Kulbus, Abdel Rahim Dagalo, the
/// Ennedi Est Province): the fourteenth stop's analyst page, made a fixture from the same facts, each
/// snippet cut inside a word as the mirror cuts them. Its statements are in
/// <c>expected/battle-of-kulbus.statements.txt</c>.
/// </summary>
public sealed class EightySeventhUnseenPageTests() : ImportedPage("battle-of-kulbus.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("battle-of-kulbus", ArticleKind.Event),
            ("kulbus", ArticleKind.Region),
            ("abdel-rahim-dagalo", ArticleKind.Person),
            ("ennedi-est-province", ArticleKind.Region));
    }

    [Fact]
    public async Task A_battle_a_commander_and_a_province_are_dated_as_written()
    {
        // "was fought on 4 March 2024"; "(born 1971)"; "It was created in 2012"
        var start = await DateAsync("battle-of-kulbus", DateLabel.Start);
        Assert.Equal(("2024-03-04", DatePrecision.Day), (start.Value, start.Precision));
        Assert.Equal("1971", (await DateAsync("abdel-rahim-dagalo", DateLabel.Born)).Value);
        Assert.Equal("2012", (await DateAsync("ennedi-est-province", DateLabel.Founded)).Value);
        // "attacked by the Janjaweed in 2003": an event of the town's, not its founding.
        Assert.Empty(await DatesAsync("kulbus"));
    }

    [Fact]
    public async Task A_fuller_name_is_an_alias_and_a_membership_has_its_start()
    {
        Assert.Contains("Abdel Rahim Hamdan Dagalo", await AliasesAsync("abdel-rahim-dagalo"));
        Assert.Contains("Ennedi Est", await AliasesAsync("ennedi-est-province"));
        // "He has served in the Rapid Support Forces since 2013"
        var sets = await QualifierSetsAsync("abdel-rahim-dagalo", "member_of", "Rapid Support Forces");
        Assert.Contains(sets, q => q.GetValueOrDefault("from") == "2013");
    }

    [Fact]
    public async Task Places_civilians_fled_to_are_wanted_as_places_and_are_not_where_the_battle_was()
    {
        // "drove several thousand civilians across the border to Tiné and Bahai in the Ennedi Est Provi …"
        Assert.DoesNotContain("location ennedi-est-province", await StatementsAsync("battle-of-kulbus"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Tiné"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Bahai"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("West Darfur"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Janjaweed"));
    }
}
