using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A hundred-and-twenty-third page that no rule was written from (Ali Lamine Zeine, Zinder, Apollinaire Joachim Kyélem de
/// Tambèla, Allamaye Halina, Sarh), each snippet cut inside a word as the mirror cuts them, its expectations written before its
/// first import. Its statements are in <c>expected/ali-lamine-zeine.statements.txt</c>.
/// </summary>
public sealed class HundredAndTwentyThirdUnseenPageTests() : ImportedPage("ali-lamine-zeine.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("ali-lamine-zeine", ArticleKind.Person),
            ("zinder", ArticleKind.Region),
            ("apollinaire-joachim-kyelem-de-tambela", ArticleKind.Person),
            ("allamaye-halina", ArticleKind.Person),
            ("sarh", ArticleKind.Region));
    }

    [Fact]
    public async Task Men_and_a_city_are_dated_as_written_and_another_city_not_by_its_past()
    {
        // "(born 1965)"; "(born 1955)"; "(born 1960)"; "Founded by the French in 1899"; "the capital … of the French colony of Niger until 1926"
        Assert.Equal("1965", (await DateAsync("ali-lamine-zeine", DateLabel.Born)).Value);
        Assert.Equal("1955", (await DateAsync("apollinaire-joachim-kyelem-de-tambela", DateLabel.Born)).Value);
        Assert.Equal("1960", (await DateAsync("allamaye-halina", DateLabel.Born)).Value);
        Assert.Equal("1899", (await DateAsync("sarh", DateLabel.Founded)).Value);
        Assert.Empty(await DatesAsync("zinder"));
    }

    [Fact]
    public async Task Each_office_keeps_its_own_period()
    {
        // "since 8 August 2023"; "from 2002 to 2010"; "from 21 October 2022 to 6 December 2024"; "since 23 May 2024"; "from 2017 to 2022"
        Assert.Equal("2023-08-08", (await QualifiersAsync("ali-lamine-zeine", "position_held", "Prime Minister of Niger"))["from"]);
        var finance = await QualifiersAsync("ali-lamine-zeine", "position_held", "Minister of Economy and Finance");
        Assert.Equal(("2002", "2010"), (finance["from"], finance["to"]));
        var premier = await QualifiersAsync("apollinaire-joachim-kyelem-de-tambela", "position_held", "Prime Minister of Burkina Faso");
        Assert.Equal(("2022-10-21", "2024-12-06"), (premier["from"], premier["to"]));
        Assert.Equal("2024-05-23", (await QualifiersAsync("allamaye-halina", "position_held", "Prime Minister of Chad"))["from"]);
        var ambassador = await QualifiersAsync("allamaye-halina", "position_held", "Ambassador of Chad to China");
        Assert.Equal(("2017", "2022"), (ambassador["from"], ambassador["to"]));
    }

    [Fact]
    public async Task A_full_name_and_a_former_name_are_aliases()
    {
        // "Ali Mahaman Lamine Zeine (born 1965)"; "Founded by the French in 1899 as Fort Archambault, it took its present name in 1972"
        Assert.Contains("Ali Mahaman Lamine Zeine", await AliasesAsync("ali-lamine-zeine"));
        Assert.Contains("Fort Archambault", await AliasesAsync("sarh"));
    }

    [Fact]
    public async Task Capitals_of_the_past_neighbours_and_the_men_served_are_no_part_of_the_facts()
    {
        // "It was the capital of the Sultanate of Damagaram … and of the French colony of Niger until 1926, when the capital was moved to Niamey";
        // "under President Mamadou Tandja"; "appointed by the junta of Abdourahamane Tchiani"; "a close adviser of President Mahamat Déby"
        Assert.DoesNotContain(await StatementsAsync("zinder"), s => s.Contains("Damagaram", StringComparison.Ordinal) || s.Contains("Niamey", StringComparison.Ordinal) || s.Contains("Nigeria", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("ali-lamine-zeine"), s => s.Contains("Tandja", StringComparison.Ordinal) || s.Contains("Tchiani", StringComparison.Ordinal) || s.Contains("Gabon", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("allamaye-halina"), s => s.Contains("Déby", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("sarh"), s => s.Contains("Chari River", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Names_without_their_articles_are_wanted_with_their_kinds()
    {
        Assert.Equal(ArticleKind.Person, await WantedKindAsync("Abdourahamane Tchiani"));
        Assert.Equal(ArticleKind.Person, await WantedKindAsync("Mamadou Tandja"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("African Development Bank"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Zinder Region"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Moyen-Chari Province"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Bobo-Dioulasso"));
    }
}
