using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// An eighty-third page that no rule was written from (the Dioura attack of 2019, Ba Ag Moussa, the
/// Ténenkou Cercle, the Katiba Macina, the Malian Armed Forces), each snippet cut inside a word as the
/// mirror cuts them, its expectations written before its first import. Its statements are in
/// <c>expected/dioura-attack.statements.txt</c>.
/// </summary>
public sealed class EightyThirdUnseenPageTests() : ImportedPage("dioura-attack.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("dioura-attack", ArticleKind.Event),
            ("ba-ag-moussa", ArticleKind.Person),
            ("tenenkou-cercle", ArticleKind.Region),
            ("katiba-macina", ArticleKind.Group),
            ("malian-armed-forces", ArticleKind.Group));
    }

    [Fact]
    public async Task An_attack_a_commander_and_a_group_are_dated_as_written()
    {
        // "took place on 17 March 2019"; "(died 10 November 2020)"; "founded in January 2015"
        var start = await DateAsync("dioura-attack", DateLabel.Start);
        Assert.Equal(("2019-03-17", DatePrecision.Day), (start.Value, start.Precision));
        Assert.Equal("2020-11-10", (await DateAsync("ba-ag-moussa", DateLabel.Died)).Value);
        Assert.Equal("2015-01", (await DateAsync("katiba-macina", DateLabel.Founded)).Value);
        Assert.Empty(await DatesAsync("tenenkou-cercle"));
        // "Since the coup of 2020 they have been commanded by …": no founding of the forces.
        Assert.Empty(await DatesAsync("malian-armed-forces"));
    }

    [Fact]
    public async Task Groups_keep_their_other_names_and_initials()
    {
        Assert.Equal(["FLM", "Macina Liberation Front"], (await AliasesAsync("katiba-macina")).Order(StringComparer.Ordinal));
        Assert.Equal(["FAMa", "Forces Armées Maliennes"], (await AliasesAsync("malian-armed-forces")).Order(StringComparer.Ordinal));
        // "Since March 2017 it has been part of …"
        var coalition = await QualifiersAsync("katiba-macina", "member_of", "Jama'at Nasr al-Islam wal Muslimin");
        Assert.Equal("2017-03", coalition["from"]);
    }

    [Fact]
    public async Task The_places_and_the_preacher_named_are_wanted_with_their_kinds()
    {
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Dioura"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Ménaka"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Inner Niger Delta"));
        Assert.Equal(ArticleKind.Person, await WantedKindAsync("Amadou Koufa"));
    }
}
