using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A hundred-and-twenty-first page that no rule was written from (the attacks of 1 July 2025 in western Mali, Diboli, Kayes,
/// the Dakar–Niger Railway, Kidira), each snippet cut inside a word as the mirror cuts them, its expectations written before its
/// first import. Its statements are in <c>expected/july-2025-attacks-in-western-mali.statements.txt</c>.
/// </summary>
public sealed class HundredAndTwentyFirstUnseenPageTests() : ImportedPage("july-2025-attacks-in-western-mali.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("july-2025-attacks-in-western-mali", ArticleKind.Event),
            ("diboli", ArticleKind.Region),
            ("kayes", ArticleKind.Region),
            ("dakar-niger-railway", ArticleKind.Region),
            ("kidira", ArticleKind.Region));
    }

    [Fact]
    public async Task Attacks_are_dated_on_their_day()
    {
        // "on 1 July 2025"
        Assert.Equal("2025-07-01", (await DateAsync("july-2025-attacks-in-western-mali", DateLabel.Start)).Value);
    }

    [Fact]
    public async Task Places_have_none_of_the_attacks_a_colony_s_trains_or_troops_dates()
    {
        // "attacked by jihadists on 1 July 20…"; "the capital of the colony … until 1907"; "stopped running in 2018, and in 2024 …"; "Since 2022 Senegalese troops"
        Assert.Empty(await DatesAsync("diboli"));
        Assert.DoesNotContain(await DatesAsync("kayes"), d => d.Value.StartsWith("1907", StringComparison.Ordinal) || d.Value.StartsWith("202", StringComparison.Ordinal));
        Assert.DoesNotContain(await DatesAsync("dakar-niger-railway"), d => d.Value.StartsWith("2018", StringComparison.Ordinal) || d.Value.StartsWith("2024", StringComparison.Ordinal));
        Assert.Empty(await DatesAsync("kidira"));
    }

    [Fact]
    public async Task Lands_across_a_river_ports_and_a_past_colony_are_no_part_of_the_facts()
    {
        // "across from Kidira in Senegal"; "which marks the border with Mali"; "the capital of the colony of Upper Senegal and Niger until 1907"; "to Bamako from the ports of Dakar"
        Assert.DoesNotContain(await StatementsAsync("diboli"), s => s.Contains("Senegal", StringComparison.Ordinal) || s.Contains("kidira", StringComparison.Ordinal) || s.Contains("Bamako", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("kidira"), s => s.EndsWith("Mali", StringComparison.Ordinal) || s.Contains("diboli", StringComparison.Ordinal) || s.Contains("Bamako", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("kayes"), s => s.Contains("Upper Senegal", StringComparison.Ordinal) || s.Contains("Bamako", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("july-2025-attacks-in-western-mali"), s => s.Contains("Senegal", StringComparison.Ordinal)
            || s.Contains("Mauritania", StringComparison.Ordinal) || s.Contains("Bamako", StringComparison.Ordinal) || s.Contains("Dakar", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Names_without_their_articles_are_wanted_with_their_kinds()
    {
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Sandaré"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Nioro du Sahel"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Kayes Region"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Tambacounda Region"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Koulikoro"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Jama'at Nasr al-Islam wal Muslimin"));
    }
}
