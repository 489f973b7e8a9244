using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A hundred-and-thirty-sixth page that no rule was written from (the battle of Damasak of 2015, Damasak, N'Guigmi, Mobbar,
/// the Komadugu Yobe), each snippet cut inside a word as the mirror cuts them, its expectations written before its first
/// import. Its statements are in <c>expected/battle-of-damasak.statements.txt</c>.
/// </summary>
public sealed class HundredAndThirtySixthUnseenPageTests() : ImportedPage("battle-of-damasak.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        // A river is a place.
        await AssertKindsAsync(
            ("battle-of-damasak-2015", ArticleKind.Event),
            ("damasak", ArticleKind.Region),
            ("nguigmi", ArticleKind.Region),
            ("mobbar", ArticleKind.Region),
            ("komadugu-yobe", ArticleKind.Region));
    }

    [Fact]
    public async Task A_battle_is_dated_by_its_month_and_places_not_by_what_befell_them()
    {
        // "was fought in March 2015"; "held by Boko Haram from November 2014 to March 2015"; "In June 2016 …"; "for several months of 2014 and 2015"
        var start = await DateAsync("battle-of-damasak-2015", DateLabel.Start);
        Assert.Equal(("2015-03", DatePrecision.Month), (start.Value, start.Precision));
        Assert.Empty(await DatesAsync("damasak"));
        Assert.Empty(await DatesAsync("nguigmi"));
        Assert.Empty(await DatesAsync("mobbar"));
        Assert.Empty(await DatesAsync("komadugu-yobe"));
    }

    [Fact]
    public async Task Where_troops_came_from_a_river_a_lake_and_a_border_are_no_part_of_the_facts()
    {
        // "crossed the border from Diffa"; "on the Komadugu Yobe river at the border with Niger"; "near the north-western shore of Lake Chad";
        // "with its headquarters in Damasak. It borders the Republic of Niger"; "into Lake Chad"
        Assert.DoesNotContain(await StatementsAsync("battle-of-damasak-2015"), s => s.Contains("Diffa", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("damasak"), s => s.Contains("Komadugu", StringComparison.Ordinal) || s.Contains("\"Niger\"", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("nguigmi"), s => s.Contains("Lake Chad", StringComparison.Ordinal) || s.Contains("Bosso", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("mobbar"), s => s.Contains("damasak", StringComparison.Ordinal) || s.Contains("Republic of Niger", StringComparison.Ordinal) || s.Contains("Diffa", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("komadugu-yobe"), s => s.Contains("Lake Chad", StringComparison.Ordinal) || s.Contains("Hadejia", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Names_without_their_articles_are_wanted_with_their_kinds()
    {
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Boko Haram"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Borno State"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Diffa Region"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Lake Chad"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Islamic State West Africa Province"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("N'Guigmi Department"));
    }
}
