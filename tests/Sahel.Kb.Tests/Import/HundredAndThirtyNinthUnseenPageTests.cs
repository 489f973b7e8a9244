using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A hundred-and-thirty-ninth page that no rule was written from (Lakurawa, the Mera attack of 2024, Kebbi State, Nasir Idris,
/// Augie), each snippet cut inside a word as the mirror cuts them, its expectations written before its first import. Its
/// statements are in <c>expected/lakurawa.statements.txt</c>.
/// </summary>
public sealed class HundredAndThirtyNinthUnseenPageTests() : ImportedPage("lakurawa.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        // An armed group named by one word is a body; a state of a federation and its area are places.
        await AssertKindsAsync(
            ("lakurawa", ArticleKind.Group),
            ("mera-attack", ArticleKind.Event),
            ("kebbi-state", ArticleKind.Region),
            ("nasir-idris", ArticleKind.Person),
            ("augie", ArticleKind.Region));
    }

    [Fact]
    public async Task Each_is_dated_by_its_own_words_and_places_not_by_what_befell_them()
    {
        // "took place on 8 November 2024"; "created on 27 August 1991"; "(born 1956)"; "attacked by fighters of Lakurawa since 20…"
        var start = await DateAsync("mera-attack", DateLabel.Start);
        Assert.Equal(("2024-11-08", DatePrecision.Day), (start.Value, start.Precision));
        var created = await DateAsync("kebbi-state", DateLabel.Founded);
        Assert.Equal(("1991-08-27", DatePrecision.Day), (created.Value, created.Precision));
        var born = await DateAsync("nasir-idris", DateLabel.Born);
        Assert.Equal(("1956", DatePrecision.Year), (born.Value, born.Precision));
        Assert.Empty(await DatesAsync("augie"));
    }

    [Fact]
    public async Task Offices_and_a_presidency_keep_their_periods()
    {
        // "has been Governor of Kebbi State since 29 May 2023"; "was national president of the Nigeria Union of Teachers from 2015 to 2022"
        var governor = await QualifiersAsync("nasir-idris", "position_held", "Governor of Kebbi State");
        Assert.Equal("2023-05-29", governor["from"]);
        Assert.False(governor.ContainsKey("to"));
        // (who presided over a body without its article here was its member, as on the other pages)
        var union = await QualifiersAsync("nasir-idris", "member_of", "Nigeria Union of Teachers");
        Assert.Equal(("2015", "2022"), (union["from"], union["to"]));
    }

    [Fact]
    public async Task A_claimed_link_a_later_strike_a_capital_a_river_and_a_neighbour_are_no_part_of_the_facts()
    {
        // "The Nigerian military said … that the group was linked to the Islamic State Sahel Province"; "the Nigerian Air Force struck its camps
        // in the area the following mon…"; "Its capital is Birnin Kebbi, and it borders Niger and Benin"; "on the Sokoto River … It borders the Republic of Niger"
        Assert.DoesNotContain(await StatementsAsync("lakurawa"), s => s.Contains("Islamic State", StringComparison.Ordinal) || s.Contains("Sokoto", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("mera-attack"), s => s.Contains("Air Force", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("kebbi-state"), s => s.Contains("Birnin Kebbi", StringComparison.Ordinal) || s.Contains("Benin", StringComparison.Ordinal) || s.Contains("\"Niger\"", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("augie"), s => s.Contains("Sokoto River", StringComparison.Ordinal) || s.Contains("Niger\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Names_without_their_articles_are_wanted_with_their_kinds()
    {
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Mera"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Birnin Kebbi"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Sokoto State"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Sokoto River"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Nigeria Union of Teachers"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Islamic State Sahel Province"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Nigerian Air Force"));
    }
}
