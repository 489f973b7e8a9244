using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A hundred-and-thirteenth page, saved as HTML, that no rule was written from (the fall of Wad Madani in 2023, Wad Madani,
/// Gezira State, Abu Aqla Kikel, Sennar), each snippet cut inside a word as the mirror cuts them, its expectations written
/// before its first import. Its statements are in <c>expected/fall-of-wad-madani.statements.txt</c>.
/// </summary>
public sealed class HundredAndThirteenthUnseenPageTests() : ImportedPage("fall-of-wad-madani.html")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("fall-of-wad-madani", ArticleKind.Event),
            ("wad-madani", ArticleKind.Region),
            ("gezira-state", ArticleKind.Region),
            ("abu-aqla-kikel", ArticleKind.Person),
            ("sennar", ArticleKind.Region));
    }

    [Fact]
    public async Task A_fall_and_a_state_are_dated_as_written_and_the_recapture_does_not_end_the_fall()
    {
        // "took place on 18 December 2023"; "The army recaptured the city on 11 January 2025": another deed; "created in 1994"
        Assert.Equal("2023-12-18", (await DateAsync("fall-of-wad-madani", DateLabel.Start)).Value);
        Assert.DoesNotContain(await DatesAsync("fall-of-wad-madani"), d => d.Label == DateLabel.End);
        Assert.Equal("1994", (await DateAsync("gezira-state", DateLabel.Founded)).Value);
    }

    [Fact]
    public async Task Cities_have_none_of_their_dams_or_their_occupiers_dates()
    {
        // "its dam, built in 1925"; "the capital of the Funj Sultanate from 1504 to 1821"; "held by the Rapid Support Forces from December 2023"
        Assert.Empty(await DatesAsync("sennar"));
        Assert.Empty(await DatesAsync("wad-madani"));
    }

    [Fact]
    public async Task A_commander_s_service_keeps_its_period()
    {
        // "commanded the Rapid Support Forces in Gezira State from December 2023 until October 2024"
        var service = await QualifiersAsync("abu-aqla-kikel", "member_of", "Rapid Support Forces");
        Assert.Equal("2023-12", service["from"]);
        Assert.Equal("2024-10", service["to"]);
    }

    [Fact]
    public async Task Rivers_a_capital_of_the_past_and_a_town_seized_nearby_are_no_part_of_the_facts()
    {
        // "lying between the Blue Nile and the White Nile south of Khartoum"; "the capital of the Funj Sultanate from 1504 to 1821";
        // "the Rapid Support Forces seized the nearby town of Sinja"; "after an offensive from Sennar"
        Assert.DoesNotContain(await StatementsAsync("gezira-state"), s => s.Contains("Nile", StringComparison.Ordinal) || s.Contains("Khartoum", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("sennar"), s => s.Contains("Funj", StringComparison.Ordinal) || s.Contains("Sinja", StringComparison.Ordinal) || s.Contains("Nile", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("fall-of-wad-madani"), s => s.Contains("Sennar", StringComparison.Ordinal) || s.Contains("Khartoum", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Names_without_their_articles_are_wanted_with_their_kinds()
    {
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Rapid Support Forces"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Sudanese Armed Forces"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Sudan Shield Forces"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Khartoum"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Sennar State"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Central Region"));
    }
}
