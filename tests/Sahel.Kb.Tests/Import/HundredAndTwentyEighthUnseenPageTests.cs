using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A hundred-and-twenty-eighth page that no rule was written from (the Tudun Biri drone strike of 2023, Uba Sani, Igabi, the
/// Rann bombing of 2017, Kaduna State), each snippet cut inside a word as the mirror cuts them, its expectations written before
/// its first import. Its statements are in <c>expected/tudun-biri-drone-strike.statements.txt</c>.
/// </summary>
public sealed class HundredAndTwentyEighthUnseenPageTests() : ImportedPage("tudun-biri-drone-strike.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("tudun-biri-drone-strike", ArticleKind.Event),
            ("uba-sani", ArticleKind.Person),
            ("igabi", ArticleKind.Region),
            ("rann-bombing", ArticleKind.Event),
            ("kaduna-state", ArticleKind.Region));
    }

    [Fact]
    public async Task Strikes_and_a_birth_are_dated_as_written_and_a_state_not_by_another_state_made_from_it()
    {
        // "on the night of 3 December 2023"; "took place on 17 January 2017"; "(born 31 December 1970)"; "Katsina State was created from its northern part in 1987"
        Assert.Equal("2023-12-03", (await DateAsync("tudun-biri-drone-strike", DateLabel.Start)).Value);
        Assert.Equal("2017-01-17", (await DateAsync("rann-bombing", DateLabel.Start)).Value);
        Assert.Equal("1970-12-31", (await DateAsync("uba-sani", DateLabel.Born)).Value);
        Assert.Empty(await DatesAsync("kaduna-state"));
        Assert.Empty(await DatesAsync("igabi"));
    }

    [Fact]
    public async Task An_office_keeps_the_day_it_began()
    {
        // "who has been Governor of Kaduna State since 29 May 2023"
        var governor = await QualifiersAsync("uba-sani", "position_held", "Governor of Kaduna State");
        Assert.Equal("2023-05-29", governor["from"]);
        Assert.False(governor.ContainsKey("to"));
    }

    [Fact]
    public async Task Those_the_forces_were_sent_against_a_border_and_a_state_made_from_another_are_no_part_of_the_facts()
    {
        // "on a patrol against bandits"; "near the border with Cameroon"; "against Boko Haram fighters"; "Katsina State was created from its northern part"
        Assert.DoesNotContain(await StatementsAsync("tudun-biri-drone-strike"), s => s.Contains("Tinubu", StringComparison.Ordinal) || s.Contains("bandit", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(await StatementsAsync("rann-bombing"), s => s.Contains("Cameroon", StringComparison.Ordinal) || s.Contains("Boko Haram", StringComparison.Ordinal) || s.Contains("Red Cross", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("kaduna-state"), s => s.Contains("Katsina", StringComparison.Ordinal) || s.Contains("Kaduna\"", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("uba-sani"), s => s.Contains("Obasan", StringComparison.Ordinal) || s.Contains("Kaduna Central", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Names_without_their_articles_are_wanted_with_their_kinds()
    {
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Nigerian Army"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Nigerian Air Force"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Borno State"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("All Progressives Congress"));
    }
}
