using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A hundred-and-twenty-second page that no rule was written from, saved as HTML (the Battle of Amchide of 2014, Amchide,
/// Banki, Mora, Maroua), each snippet cut inside a word as the mirror cuts them, its expectations written before its first
/// import. Its statements are in <c>expected/battle-of-amchide.statements.txt</c>.
/// </summary>
public sealed class HundredAndTwentySecondUnseenPageTests() : ImportedPage("battle-of-amchide.html")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("battle-of-amchide", ArticleKind.Event),
            ("amchide", ArticleKind.Region),
            ("banki", ArticleKind.Region),
            ("mora-cameroon", ArticleKind.Region),
            ("maroua", ArticleKind.Region));
    }

    [Fact]
    public async Task A_battle_is_dated_on_its_day_and_towns_have_none_of_their_attacks_or_their_sultanate_s_dates()
    {
        // "fought on 15 October 2014"; "Held by Boko Haram from September 2014"; "Its Wandala sultanate, founded in the 15th century"; "the University of Maroua, founded in 2008"
        Assert.Equal("2014-10-15", (await DateAsync("battle-of-amchide", DateLabel.Start)).Value);
        Assert.Empty(await DatesAsync("amchide"));
        Assert.Empty(await DatesAsync("banki"));
        Assert.Empty(await DatesAsync("mora-cameroon"));
        Assert.Empty(await DatesAsync("maroua"));
    }

    [Fact]
    public async Task A_town_named_with_its_country_is_also_named_alone()
    {
        Assert.Contains("Mora", await AliasesAsync("mora-cameroon"));
    }

    [Fact]
    public async Task Towns_across_a_border_and_mountains_at_whose_foot_a_town_stands_are_no_part_of_the_facts()
    {
        // "crossing from Banki in Nigeria"; "facing the Nigerian town of Banki"; "on the border with Cameroon across from Amchide"; "at the foot of the Mandara Mountains"
        Assert.DoesNotContain(await StatementsAsync("battle-of-amchide"), s => s.Contains("banki", StringComparison.Ordinal) || s.Contains("Nigeria", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("amchide"), s => s.Contains("Nigeria", StringComparison.Ordinal) || s.Contains("banki", StringComparison.Ordinal) || s.Contains("Maroua", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("banki"), s => s.Contains("Cameroon", StringComparison.Ordinal) || s.Contains("amchide", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("mora-cameroon"), s => s.Contains("Mandara", StringComparison.Ordinal) || s.Contains("maroua", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("maroua"), s => s.Contains("Mandara", StringComparison.Ordinal) || s.Contains("Mayo Kaliao", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Names_without_their_articles_are_wanted_with_their_kinds()
    {
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Far North Region"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Mayo-Sava"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Borno State"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Maiduguri"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Mandara Mountains"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Cameroonian Armed Forces"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Boko Haram"));
    }
}
