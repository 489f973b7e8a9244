using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A hundred-and-thirtieth page that no rule was written from (the Wad Al-Nourah massacre of 2024, Abdelrahim Hamdan Dagalo,
/// the Sudanese civil war, Wad Al-Nourah, Gezira State), saved as HTML, each snippet cut inside a word as the mirror cuts them,
/// its expectations written before its first import. Its statements are in <c>expected/wad-al-nourah-massacre.statements.txt</c>.
/// </summary>
public sealed class HundredAndThirtiethUnseenPageTests() : ImportedPage("wad-al-nourah-massacre.html")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("wad-al-nourah-massacre", ArticleKind.Event),
            ("abdelrahim-hamdan-dagalo", ArticleKind.Person),
            ("sudanese-civil-war-2023-present", ArticleKind.Event),
            ("wad-al-nourah", ArticleKind.Region),
            ("gezira-state", ArticleKind.Region));
    }

    [Fact]
    public async Task A_massacre_and_a_war_are_dated_as_written_and_places_not_by_what_befell_them()
    {
        // "took place on 5 June 2024"; "began on 15 April 2023"; "before the massacre of June 20…"; "overrun … in December 2023"
        Assert.Equal("2024-06-05", (await DateAsync("wad-al-nourah-massacre", DateLabel.Start)).Value);
        Assert.Equal("2023-04-15", (await DateAsync("sudanese-civil-war-2023-present", DateLabel.Start)).Value);
        Assert.Empty(await DatesAsync("wad-al-nourah"));
        Assert.Empty(await DatesAsync("gezira-state"));
        Assert.Empty(await DatesAsync("abdelrahim-hamdan-dagalo"));
    }

    [Fact]
    public async Task A_state_is_also_named_by_its_other_name()
    {
        Assert.Contains("Al Jazirah", await AliasesAsync("gezira-state"));
    }

    [Fact]
    public async Task Rivers_a_capital_and_a_brother_are_no_part_of_the_facts()
    {
        // "between the Blue Nile and the White Nile"; "Its capital is Wad Madani"; "the brother of its leader Mohamed Hamdan Dagalo"; "the United States placed him under sanctions"
        Assert.DoesNotContain(await StatementsAsync("wad-al-nourah"), s => s.Contains("Nile", StringComparison.Ordinal) || s.Contains("Rapid", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("gezira-state"), s => s.Contains("Nile", StringComparison.Ordinal) || s.Contains("Wad Madani", StringComparison.Ordinal) || s.Contains("Khartoum", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("abdelrahim-hamdan-dagalo"), s => s.Contains("Mohamed", StringComparison.Ordinal) || s.Contains("United States", StringComparison.Ordinal) || s.Contains("Geneina", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("wad-al-nourah-massacre"), s => s.Contains("Sovereignty", StringComparison.Ordinal) || s.Contains("UNICEF", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Names_without_their_articles_are_wanted_with_their_kinds()
    {
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Rapid Support Forces"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Sudanese Armed Forces"));
        Assert.Equal(ArticleKind.Person, await WantedKindAsync("Mohamed Hamdan Dagalo"));
        Assert.Equal(ArticleKind.Person, await WantedKindAsync("Abdel Fattah al-Burhan"));
    }
}
