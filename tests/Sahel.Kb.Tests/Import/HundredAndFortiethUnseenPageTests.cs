using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A hundred-and-fortieth page that no rule was written from, saved as HTML (the capture of Singa in 2024, Singa, Sennar State,
/// the 17th Infantry Division of Sudan, Dinder National Park), each snippet cut inside a word as the mirror cuts them, its
/// expectations written before its first import. Its statements are in <c>expected/capture-of-singa.statements.txt</c>.
/// </summary>
public sealed class HundredAndFortiethUnseenPageTests() : ImportedPage("capture-of-singa.html")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        // An army's division is a body; a national park is a place.
        await AssertKindsAsync(
            ("capture-of-singa", ArticleKind.Event),
            ("singa", ArticleKind.Region),
            ("sennar-state", ArticleKind.Region),
            ("17th-infantry-division-sudan", ArticleKind.Group),
            ("dinder-national-park", ArticleKind.Region));
    }

    [Fact]
    public async Task Each_is_dated_by_its_own_words_and_places_not_by_what_befell_them()
    {
        // "took place on 29 June 2024"; "Established in 1935"; "held the city from June to Nove…"; "overran much of the state in June and July 2024";
        // "when the Rapid Support Forces attacked the town in June 2024"
        var start = await DateAsync("capture-of-singa", DateLabel.Start);
        Assert.Equal(("2024-06-29", DatePrecision.Day), (start.Value, start.Precision));
        var established = await DateAsync("dinder-national-park", DateLabel.Founded);
        Assert.Equal(("1935", DatePrecision.Year), (established.Value, established.Precision));
        Assert.Empty(await DatesAsync("singa"));
        Assert.Empty(await DatesAsync("sennar-state"));
        Assert.Empty(await DatesAsync("17th-infantry-division-sudan"));
    }

    [Fact]
    public async Task The_group_keeps_its_initials_as_an_alias_where_they_are_defined()
    {
        // "the Rapid Support Forces (RSF)": a wanted name, not an article here; the event's own title has none
        Assert.Empty(await AliasesAsync("capture-of-singa"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Rapid Support Forces"));
    }

    [Fact]
    public async Task Where_people_fled_a_river_a_capital_and_a_border_are_no_part_of_the_facts()
    {
        // "fled east towards Gedaref"; "after a counter-offensive from the Dinder area"; "on the west bank of the Blue Nile about 350 kilometres
        // south-east of Khartoum"; "Its capital is Singa, and its largest city is Sennar"; "on the border with Ethiopia … along the Dinder River"
        Assert.DoesNotContain(await StatementsAsync("capture-of-singa"), s => s.Contains("Gedaref", StringComparison.Ordinal) || s.Contains("Dinder", StringComparison.Ordinal) || s.Contains("dinder", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("singa"), s => s.Contains("Blue Nile", StringComparison.Ordinal) || s.Contains("Khartoum", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("sennar-state"), s => s.Contains("singa", StringComparison.Ordinal) || s.Contains("\"Sennar\"", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("17th-infantry-division-sudan"), s => s.Contains("singa", StringComparison.Ordinal) || s.Contains("Sennar", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("dinder-national-park"), s => s.Contains("Ethiopia", StringComparison.Ordinal) || s.Contains("Dinder River", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Names_without_their_articles_are_wanted_with_their_kinds()
    {
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Gedaref"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Blue Nile"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Khartoum"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Ethiopia"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Dinder River"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Sudanese Armed Forces"));
    }
}
