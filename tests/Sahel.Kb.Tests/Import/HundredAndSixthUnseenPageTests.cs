using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A hundred-and-sixth page that no rule was written from (the Kolofata kidnapping of 2014, Kolofata, Amadou Ali, Cameroon's
/// Far North Region, its Rapid Intervention Battalion), each snippet cut inside a word as the mirror cuts them, its
/// expectations written before its first import. Its statements are in <c>expected/kolofata-kidnapping.statements.txt</c>.
/// </summary>
public sealed class HundredAndSixthUnseenPageTests() : ImportedPage("kolofata-kidnapping.txt")
{
    private const string Battalion = "rapid-intervention-battalion-cameroon";

    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("kolofata-kidnapping", ArticleKind.Event),
            ("kolofata", ArticleKind.Region),
            ("amadou-ali", ArticleKind.Person),
            ("far-north-region-cameroon", ArticleKind.Region),
            (Battalion, ArticleKind.Group));
    }

    [Fact]
    public async Task A_kidnapping_a_minister_and_a_unit_are_dated_as_written()
    {
        // "took place on 27 July 2014" … "The hostages were freed on 11 October 2014"; "(born 1943)"; "created in 2001"
        Assert.Equal("2014-07-27", (await DateAsync("kolofata-kidnapping", DateLabel.Start)).Value);
        Assert.Equal("2014-10-11", (await DateAsync("kolofata-kidnapping", DateLabel.End)).Value);
        Assert.Equal("1943", (await DateAsync("amadou-ali", DateLabel.Born)).Value);
        Assert.Equal("2001", (await DateAsync(Battalion, DateLabel.Founded)).Value);
    }

    [Fact]
    public async Task A_town_attacked_from_2014_has_no_founding()
    {
        // "Boko Haram attacked the town several times from 2014"
        Assert.Empty(await DatesAsync("kolofata"));
    }

    [Fact]
    public async Task Two_terms_are_read_by_the_year()
    {
        var vice = await QualifiersAsync("amadou-ali", "position_held", "Vice Prime Minister of Cameroon");
        Assert.Equal("2004", vice["from"]);
        Assert.Equal("2018", vice["to"]);
        var justice = await QualifiersAsync("amadou-ali", "position_held", "Minister of Justice");
        Assert.Equal("2004", justice["from"]);
        Assert.Equal("2011", justice["to"]);
    }

    [Fact]
    public async Task French_and_short_names_are_aliases()
    {
        Assert.Contains("Région de l'Extrême-Nord", await AliasesAsync("far-north-region-cameroon"));
        var battalion = await AliasesAsync(Battalion);
        Assert.Contains("BIR", battalion);
        Assert.Contains("Bataillon d'intervention rapide", battalion);
    }

    [Fact]
    public async Task The_hostages_hosts_the_other_kidnapping_and_the_neighbours_are_no_part_of_the_facts()
    {
        // "from the residence of Vice Prime Minister Amadou Ali"; "the town's mayor …, Seini Boukar Lamine"; "seized in Waza";
        // "near the border with Nigeria"; "bordered by Nigeria to the west and Chad to the east"
        Assert.DoesNotContain(await StatementsAsync("kolofata-kidnapping"), s => s.Contains("amadou-ali", StringComparison.Ordinal)
            || s.Contains("Lamine", StringComparison.Ordinal) || s.Contains("Waza", StringComparison.Ordinal) || s.Contains("Nigeria", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("far-north-region-cameroon"), s => s.Contains("Nigeria", StringComparison.Ordinal) || s.Contains("Chad", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Names_without_their_articles_are_wanted_with_their_kinds()
    {
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Boko Haram"));
        Assert.Equal(ArticleKind.Person, await WantedKindAsync("Seini Boukar Lamine"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Waza"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Cameroonian Armed Forces"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Cameroon People's Democratic Movement"));
    }
}
