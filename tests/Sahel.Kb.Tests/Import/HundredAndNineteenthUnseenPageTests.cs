using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A hundred-and-nineteenth page that no rule was written from (Bello Turji, the Zamfara massacres of 2022, Shinkafi,
/// Zamfara State, Dauda Lawal), each snippet cut inside a word as the mirror cuts them, its expectations written before its
/// first import. Its statements are in <c>expected/bello-turji.statements.txt</c>.
/// </summary>
public sealed class HundredAndNineteenthUnseenPageTests() : ImportedPage("bello-turji.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("bello-turji", ArticleKind.Person),
            ("2022-zamfara-massacres", ArticleKind.Event),
            ("shinkafi", ArticleKind.Region),
            ("zamfara-state", ArticleKind.Region),
            ("dauda-lawal", ArticleKind.Person));
    }

    [Fact]
    public async Task Men_massacres_and_a_state_are_dated_as_written()
    {
        // "(born c. 1994)"; "on 4 and 5 January 2022"; "created on 1 October 1996"; "(born 2 September 1965)"
        Assert.Equal("1994", (await DateAsync("bello-turji", DateLabel.Born)).Value);
        Assert.Equal("2022-01-04", (await DateAsync("2022-zamfara-massacres", DateLabel.Start)).Value);
        Assert.Equal("2022-01-05", (await DateAsync("2022-zamfara-massacres", DateLabel.End)).Value);
        Assert.Equal("1996-10-01", (await DateAsync("zamfara-state", DateLabel.Founded)).Value);
        Assert.Equal("1965-09-02", (await DateAsync("dauda-lawal", DateLabel.Born)).Value);
    }

    [Fact]
    public async Task A_town_has_none_of_its_kidnappings_dates()
    {
        // "in 2021 gunmen abducted dozens of people from its villages"
        Assert.Empty(await DatesAsync("shinkafi"));
    }

    [Fact]
    public async Task A_governor_holds_his_office_from_the_day_he_was_sworn_in()
    {
        // "who was sworn in as Governor of Zamfara State on 29 May 2023"
        var governor = await QualifiersAsync("dauda-lawal", "position_held", "Governor of Zamfara State");
        Assert.Equal("2023-05-29", governor["from"]);
        Assert.False(governor.ContainsKey("to"));
    }

    [Fact]
    public async Task A_neighbouring_country_a_blamed_gang_and_a_past_governor_are_no_part_of_the_facts()
    {
        // "near the border with Niger"; "widely blamed on the gang of Ali Kachalla"; "under governor Ahmad Sani Yerima"
        Assert.DoesNotContain(await StatementsAsync("shinkafi"), s => s.EndsWith("Niger", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("2022-zamfara-massacres"), s => s.Contains("Kachalla", StringComparison.Ordinal)
            || s.Contains("Air Force", StringComparison.Ordinal) || s.Contains("Gusau", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("zamfara-state"), s => s.Contains("Yerima", StringComparison.Ordinal) || s.Contains("Gusau", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Names_without_their_articles_are_wanted_with_their_kinds()
    {
        Assert.Equal(ArticleKind.Person, await WantedKindAsync("Ali Kachalla"));
        Assert.Equal(ArticleKind.Person, await WantedKindAsync("Ahmad Sani Yerima"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Sokoto State"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Gusau"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Peoples Democratic Party"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Nigerian Air Force"));
    }
}
