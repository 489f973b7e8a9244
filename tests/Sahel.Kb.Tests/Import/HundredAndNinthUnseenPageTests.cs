using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A hundred-and-ninth page that no rule was written from (the Mamudo school attack of 2013, Mamudo, Potiskum, Yobe State,
/// Ibrahim Geidam), each snippet cut inside a word as the mirror cuts them, its expectations written before its first import.
/// Its statements are in <c>expected/mamudo-school-attack.statements.txt</c>.
/// </summary>
public sealed class HundredAndNinthUnseenPageTests() : ImportedPage("mamudo-school-attack.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("mamudo-school-attack", ArticleKind.Event),
            ("mamudo", ArticleKind.Region),
            ("potiskum", ArticleKind.Region),
            ("yobe-state", ArticleKind.Region),
            ("ibrahim-geidam", ArticleKind.Person));
    }

    [Fact]
    public async Task An_attack_a_state_and_a_governor_are_dated_as_written()
    {
        // "took place on 6 July 2013"; "created on 27 August 1991"; "(born 15 September 1956)"
        Assert.Equal("2013-07-06", (await DateAsync("mamudo-school-attack", DateLabel.Start)).Value);
        Assert.Equal("1991-08-27", (await DateAsync("yobe-state", DateLabel.Founded)).Value);
        Assert.Equal("1956-09-15", (await DateAsync("ibrahim-geidam", DateLabel.Born)).Value);
    }

    [Fact]
    public async Task A_village_and_a_town_attacked_have_no_dates_of_their_own()
    {
        // "was attacked by Boko Haram in July 2013"; "a suicide bombing … on 3 November 2014"
        Assert.Empty(await DatesAsync("mamudo"));
        Assert.Empty(await DatesAsync("potiskum"));
    }

    [Fact]
    public async Task A_governor_s_term_is_read_to_the_day()
    {
        var governor = await QualifiersAsync("ibrahim-geidam", "position_held", "Governor of Yobe State");
        Assert.Equal("2009-01-27", governor["from"]);
        Assert.Equal("2019-05-29", governor["to"]);
    }

    [Fact]
    public async Task An_earlier_deed_neighbours_and_a_road_are_no_part_of_the_facts()
    {
        // "The attack came three weeks after gunmen killed nine pupils at a school in Damaturu"; "It borders Niger to the north and the
        // states of Borno, Gombe, Bauchi and Jigawa"; "on the main road from Kano to Maiduguri"
        Assert.DoesNotContain(await StatementsAsync("mamudo-school-attack"), s => s.Contains("Damaturu", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("yobe-state"), s => s.StartsWith("located_in", StringComparison.Ordinal) && !s.EndsWith("Nigeria", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("potiskum"), s => s.Contains("Kano", StringComparison.Ordinal) || s.Contains("Maiduguri", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Names_without_their_articles_are_wanted_with_their_kinds()
    {
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Boko Haram"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Damaturu"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Bukarti"));
        Assert.Equal(ArticleKind.Person, await WantedKindAsync("Mamman Bello Ali"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("All Progressives Congress"));
    }
}
