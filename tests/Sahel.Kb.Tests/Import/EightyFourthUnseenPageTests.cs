using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// An eighty-fourth page, saved as HTML, that no rule was written from (the Kankara kidnapping of 2020,
/// Kankara, Katsina State, Aminu Bello Masari, banditry in northwest Nigeria), each snippet cut inside a
/// word as the mirror cuts them, its expectations written before its first import. Its statements are
/// in <c>expected/kankara-kidnapping.statements.txt</c>.
/// </summary>
public sealed class EightyFourthUnseenPageTests() : ImportedPage("kankara-kidnapping.html")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("kankara-kidnapping", ArticleKind.Event),
            ("kankara", ArticleKind.Region),
            ("katsina-state", ArticleKind.Region),
            ("aminu-bello-masari", ArticleKind.Person),
            ("banditry-in-northwest-nigeria", ArticleKind.Event));
    }

    [Fact]
    public async Task A_kidnapping_a_state_and_a_governor_are_dated_as_written()
    {
        // "took place on the night of 11 December 2020"; "The boys were released on 17 December 2020"
        var start = await DateAsync("kankara-kidnapping", DateLabel.Start);
        Assert.Equal(("2020-12-11", DatePrecision.Day), (start.Value, start.Precision));
        Assert.Equal("2020-12-17", (await DateAsync("kankara-kidnapping", DateLabel.End)).Value);
        // "It was created on 23 September 1987"; "(born 29 May 1950)"
        Assert.Equal("1987-09-23", (await DateAsync("katsina-state", DateLabel.Founded)).Value);
        Assert.Equal("1950-05-29", (await DateAsync("aminu-bello-masari", DateLabel.Born)).Value);
        Assert.Empty(await DatesAsync("kankara"));
    }

    [Fact]
    public async Task A_governor_holds_his_offices_for_the_periods_written()
    {
        var governor = await QualifiersAsync("aminu-bello-masari", "position_held", "Governor of Katsina State");
        Assert.Equal(("2015-05-29", "2023-05-29"), (governor["from"], governor["to"]));
        var speaker = await QualifiersAsync("aminu-bello-masari", "position_held", "Speaker of the House of Representatives");
        Assert.Equal(("2003", "2007"), (speaker["from"], speaker["to"]));
    }

    [Fact]
    public async Task Who_claimed_it_and_who_the_government_named_are_wanted_but_not_its_perpetrators()
    {
        Assert.DoesNotContain(await StatementsAsync("kankara-kidnapping"), s => s.StartsWith("perpetrator", StringComparison.Ordinal));
        Assert.Equal(ArticleKind.Person, await WantedKindAsync("Awwal Zango"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Boko Haram"));
    }
}
