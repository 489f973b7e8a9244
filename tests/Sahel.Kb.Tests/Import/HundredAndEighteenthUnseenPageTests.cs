using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A hundred-and-eighteenth page, saved as HTML, that no rule was written from (the Mansila attack of 2024, Mansila, Sebba, Dori),
/// each snippet cut inside a word as the mirror cuts them, its expectations written before its first import. Its statements are
/// in <c>expected/mansila-attack.statements.txt</c>.
/// </summary>
public sealed class HundredAndEighteenthUnseenPageTests() : ImportedPage("mansila-attack.html")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("mansila-attack", ArticleKind.Event),
            ("mansila", ArticleKind.Region),
            ("sebba", ArticleKind.Region),
            ("dori-burkina-faso", ArticleKind.Region));
    }

    [Fact]
    public async Task An_attack_is_dated_and_towns_have_none_of_a_blockade_s_or_an_emirate_s_dates()
    {
        // "took place on 11 June 2024"; "since 2022 jihadist blockades"; "since 2021 it has been supplied";
        // "the Fulani emirate of Liptako, founded in the early 19th century"
        Assert.Equal("2024-06-11", (await DateAsync("mansila-attack", DateLabel.Start)).Value);
        Assert.Empty(await DatesAsync("mansila"));
        Assert.Empty(await DatesAsync("sebba"));
        Assert.Empty(await DatesAsync("dori-burkina-faso"));
    }

    [Fact]
    public async Task A_city_titled_with_its_country_is_named_alone()
    {
        Assert.Contains("Dori", await AliasesAsync("dori-burkina-faso"));
    }

    [Fact]
    public async Task Borders_blockades_and_an_emirate_are_no_part_of_the_facts()
    {
        // "near the border with Niger"; "cut it off from the provincial capital, Sebba, and from Dori"; "the Fulani emirate of Liptako"
        Assert.DoesNotContain(await StatementsAsync("mansila-attack"), s => s.Contains("Niger", StringComparison.Ordinal) && !s.Contains("Nigeria", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("mansila"), s => s.Contains("sebba", StringComparison.Ordinal) || s.Contains("dori", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("dori-burkina-faso"), s => s.Contains("Liptako", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Names_without_their_articles_are_wanted_with_their_kinds()
    {
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Jama'at Nasr al-Islam wal Muslimin"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Yagha Province"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Sahel Region"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Séno Province"));
        Assert.Equal(ArticleKind.Person, await WantedKindAsync("Ibrahim Traoré"));
    }
}
