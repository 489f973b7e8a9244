using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A hundred-and-twenty-fourth page that no rule was written from, saved as HTML (the siege of Babanusa of 2024, Babanusa,
/// West Kordofan, El Fula, the 22nd Infantry Division of Sudan), each snippet cut inside a word as the mirror cuts them, its
/// expectations written before its first import. Its statements are in <c>expected/siege-of-babanusa.statements.txt</c>.
/// </summary>
public sealed class HundredAndTwentyFourthUnseenPageTests() : ImportedPage("siege-of-babanusa.html")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("siege-of-babanusa", ArticleKind.Event),
            ("babanusa", ArticleKind.Region),
            ("west-kordofan", ArticleKind.Region),
            ("el-fula", ArticleKind.Region),
            ("22nd-infantry-division-sudan", ArticleKind.Group));
    }

    [Fact]
    public async Task A_siege_is_dated_from_its_month_and_a_town_and_a_division_have_none_of_their_factory_s_or_their_encirclement_s_dates()
    {
        // "began in January 2024"; "a dairy factory built in the 1960s"; "taken by the Rapid Support Forces in June 2024"; "Cut off since January 2024"
        Assert.Equal("2024-01", (await DateAsync("siege-of-babanusa", DateLabel.Start)).Value);
        Assert.Empty(await DatesAsync("babanusa"));
        Assert.Empty(await DatesAsync("el-fula"));
        Assert.Empty(await DatesAsync("22nd-infantry-division-sudan"));
        Assert.DoesNotContain(await DatesAsync("west-kordofan"), d => d.Value.StartsWith("2024", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Towns_measured_from_ways_and_neighbours_are_no_part_of_the_facts()
    {
        // "about 130 kilometres south of El Fula"; "the railway from Khartoum to Nyala and Wau"; "on the border with South Sudan"; "on the road from El Obeid to Babanusa";
        // "fled to El Obeid and to camps in South Sudan"
        Assert.DoesNotContain(await StatementsAsync("babanusa"), s => s.Contains("el-fula", StringComparison.Ordinal) || s.Contains("Khartoum", StringComparison.Ordinal) || s.Contains("Nyala", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("west-kordofan"), s => s.Contains("South Sudan", StringComparison.Ordinal) || s.Contains("Heglig", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("el-fula"), s => s.Contains("El Obeid", StringComparison.Ordinal) || s.Contains("babanusa", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("siege-of-babanusa"), s => s.Contains("El Obeid", StringComparison.Ordinal) || s.Contains("South Sudan", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Names_without_their_articles_are_wanted_with_their_kinds()
    {
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Rapid Support Forces"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Sudanese Armed Forces"));
        Assert.Equal(ArticleKind.Event, await WantedKindAsync("Sudanese civil war"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("El Obeid"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("South Sudan"));
    }
}
