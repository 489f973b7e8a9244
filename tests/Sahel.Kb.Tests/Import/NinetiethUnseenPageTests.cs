using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A ninetieth page that no rule was written from (the siege of Farabougou of 2020–2021, the village, the
/// Niono Cercle, the High Islamic Council of Mali, the Dozo), each snippet cut inside a word as the mirror
/// cuts them, its expectations written before its first import. Its statements are in
/// <c>expected/siege-of-farabougou.statements.txt</c>.
/// </summary>
public sealed class NinetiethUnseenPageTests() : ImportedPage("siege-of-farabougou.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("siege-of-farabougou", ArticleKind.Event),
            ("farabougou", ArticleKind.Region),
            ("niono-cercle", ArticleKind.Region),
            ("high-islamic-council-of-mali", ArticleKind.Group),
            ("dozo", ArticleKind.Group));
    }

    [Fact]
    public async Task A_siege_and_a_council_are_dated_as_written_and_places_have_none_of_their_neighbours_dates()
    {
        // "began in October 2020"; "founded in 2002"
        var start = await DateAsync("siege-of-farabougou", DateLabel.Start);
        Assert.Equal(("2020-10", DatePrecision.Month), (start.Value, start.Precision));
        Assert.Equal("2002", (await DateAsync("high-islamic-council-of-mali", DateLabel.Founded)).Value);
        // "since 2015 it has been an area of operations of the Katiba Macina": the group's years, not the cercle's.
        Assert.Empty(await DatesAsync("niono-cercle"));
        Assert.Empty(await DatesAsync("farabougou"));
    }

    [Fact]
    public async Task A_councils_french_name_and_acronym_are_aliases_and_its_leader_has_his_years()
    {
        var aliases = await AliasesAsync("high-islamic-council-of-mali");
        Assert.Contains("HCIM", aliases);
        Assert.Contains("Haut Conseil islamique du Mali", aliases);
        // "From 2008 to 2019 it was led by the imam Mahmoud Dicko"
        var led = await QualifiersAsync("high-islamic-council-of-mali", "led_by", "Mahmoud Dicko");
        Assert.Equal(("2008", "2019"), (led.GetValueOrDefault("from"), led.GetValueOrDefault("to")));
    }

    [Fact]
    public async Task Names_without_an_article_are_wanted_with_the_kind_their_words_say()
    {
        Assert.Equal(ArticleKind.Person, await WantedKindAsync("Ibrahim Boubacar Keïta"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Dogofry"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Sokolo"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Katiba Macina"));
        Assert.DoesNotContain("Bambara", await WantedAsync());
    }
}
