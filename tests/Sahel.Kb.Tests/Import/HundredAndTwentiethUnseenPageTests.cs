using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A hundred-and-twentieth page that no rule was written from, saved as HTML (the Nouna massacre of 2022, Nouna, the Kossi
/// Province, Dédougou, the Boucle du Mouhoun Region), each snippet cut inside a word as the mirror cuts them, its expectations
/// written before its first import. Its statements are in <c>expected/nouna-massacre.statements.txt</c>.
/// </summary>
public sealed class HundredAndTwentiethUnseenPageTests() : ImportedPage("nouna-massacre.html")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("nouna-massacre", ArticleKind.Event),
            ("nouna", ArticleKind.Region),
            ("kossi-province", ArticleKind.Region),
            ("dedougou", ArticleKind.Region),
            ("boucle-du-mouhoun-region", ArticleKind.Region));
    }

    [Fact]
    public async Task A_night_s_killings_and_a_region_are_dated_as_written()
    {
        // "on the night of 30 to 31 December 2022"; "created on 2 July 2001"
        Assert.Equal("2022-12-30", (await DateAsync("nouna-massacre", DateLabel.Start)).Value);
        Assert.Equal("2022-12-31", (await DateAsync("nouna-massacre", DateLabel.End)).Value);
        Assert.Equal("2001-07-02", (await DateAsync("boucle-du-mouhoun-region", DateLabel.Founded)).Value);
    }

    [Fact]
    public async Task Places_have_none_of_a_diocese_s_a_census_s_or_a_festival_s_dates()
    {
        // "the seat of a Catholic diocese created in 1947"; "about 280,000 inhabitants in 2006"; "held every two years since 1996"
        Assert.Empty(await DatesAsync("nouna"));
        Assert.Empty(await DatesAsync("kossi-province"));
        Assert.Empty(await DatesAsync("dedougou"));
    }

    [Fact]
    public async Task A_province_is_named_without_its_noun_and_a_city_not_by_its_festival()
    {
        // "Kossi is one of the 45 provinces"; "its festival of masks, FESTIMA"
        Assert.Contains("Kossi", await AliasesAsync("kossi-province"));
        Assert.DoesNotContain("FESTIMA", await AliasesAsync("dedougou"));
    }

    [Fact]
    public async Task Neighbours_roads_and_a_blamed_force_are_no_part_of_the_facts()
    {
        // "about 30 kilometres from the border with Mali"; "on the road from Ouagadougou to Nouna"; "blamed the killings on members of the volunteer force"
        Assert.DoesNotContain(await StatementsAsync("nouna"), s => s.EndsWith("Mali", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("kossi-province"), s => s.EndsWith("Mali", StringComparison.Ordinal) || s.Contains("nouna", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("dedougou"), s => s.Contains("Ouagadougou", StringComparison.Ordinal) || s.Contains("nouna", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("boucle-du-mouhoun-region"), s => s.EndsWith("Mali", StringComparison.Ordinal) || s.Contains("Mouhoun River", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("nouna-massacre"), s => s.Contains("Volunteers", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Names_without_their_articles_are_wanted_with_their_kinds()
    {
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Volunteers for the Defense of the Homeland"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Mouhoun Province"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Mouhoun River"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Ouagadougou"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Solenzo"));
    }
}
