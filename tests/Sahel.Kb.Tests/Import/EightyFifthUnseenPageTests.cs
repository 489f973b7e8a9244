using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// An eighty-fifth page that no rule was written from (Dan Na Ambassagou, Youssouf Toloba, the Koro
/// Cercle, the Sobane Da massacre, the Dogon), each snippet cut inside a word as the mirror cuts them,
/// its expectations written before its first import. Its statements are in
/// <c>expected/dan-na-ambassagou.statements.txt</c>.
/// </summary>
public sealed class EightyFifthUnseenPageTests() : ImportedPage("dan-na-ambassagou.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("dan-na-ambassagou", ArticleKind.Group),
            ("youssouf-toloba", ArticleKind.Person),
            ("koro-cercle", ArticleKind.Region),
            ("sobane-da-massacre", ArticleKind.Event),
            ("dogon-people", ArticleKind.Group));
    }

    [Fact]
    public async Task A_militia_its_leader_and_a_massacre_are_dated_as_written()
    {
        // "formed in 2016"; "(born 1975)"; "took place on 9 June 2019"
        Assert.Equal("2016", (await DateAsync("dan-na-ambassagou", DateLabel.Founded)).Value);
        Assert.Equal("1975", (await DateAsync("youssouf-toloba", DateLabel.Born)).Value);
        var start = await DateAsync("sobane-da-massacre", DateLabel.Start);
        Assert.Equal(("2019-06-09", DatePrecision.Day), (start.Value, start.Precision));
        // "Since 2018 it has been the scene of violence": not the cercle's own date.
        Assert.Empty(await DatesAsync("koro-cercle"));
        Assert.Empty(await DatesAsync("dogon-people"));
    }

    [Fact]
    public async Task A_leader_heads_a_militia_from_its_creation_and_places_are_wanted_as_places()
    {
        var sets = await QualifierSetsAsync("dan-na-ambassagou", "led_by", "youssouf-toloba");
        Assert.Contains(sets, q => q.GetValueOrDefault("from") == "2016");
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Sobane Da"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Bandiagara Cercle"));
        Assert.Equal(ArticleKind.Event, await WantedKindAsync("Ogossagou massacre"));
        Assert.DoesNotContain("Hunters who trust in God", await WantedAsync());
    }
}
