using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A hundred-and-eighth page that no rule was written from (the Sobane Da massacre of 2019, Sobane Da, the Bandiagara Cercle,
/// Sangha, Boubou Cissé), each snippet cut inside a word as the mirror cuts them, its expectations written before its first
/// import. Its statements are in <c>expected/sobane-da-massacre.statements.txt</c>.
/// </summary>
public sealed class HundredAndEighthUnseenPageTests() : ImportedPage("sobane-da-massacre.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("sobane-da-massacre", ArticleKind.Event),
            ("sobane-da", ArticleKind.Region),
            ("bandiagara-cercle", ArticleKind.Region),
            ("sangha-mali", ArticleKind.Region),
            ("boubou-cisse", ArticleKind.Person));
    }

    [Fact]
    public async Task A_night_s_massacre_and_a_prime_minister_are_dated_as_written()
    {
        // "on the night of 9 to 10 June 2019"; "(born 1974)"
        Assert.Equal("2019-06-09", (await DateAsync("sobane-da-massacre", DateLabel.Start)).Value);
        Assert.Equal("2019-06-10", (await DateAsync("sobane-da-massacre", DateLabel.End)).Value);
        Assert.Equal("1974", (await DateAsync("boubou-cisse", DateLabel.Born)).Value);
    }

    [Fact]
    public async Task Places_a_massacre_befell_have_no_dates_of_their_own()
    {
        // "before the massacre of June 2019"; "since 2018 its villages have suffered attacks"; "killed in June 20 …"
        Assert.Empty(await DatesAsync("sobane-da"));
        Assert.Empty(await DatesAsync("bandiagara-cercle"));
        Assert.Empty(await DatesAsync("sangha-mali"));
    }

    [Fact]
    public async Task A_prime_minister_s_term_and_two_ministries_are_read_with_their_own_years()
    {
        var premier = await QualifiersAsync("boubou-cisse", "position_held", "Prime Minister of Mali");
        Assert.Equal("2019-04-22", premier["from"]);
        Assert.Equal("2020-08-18", premier["to"]);
        Assert.Equal("2016", (await QualifiersAsync("boubou-cisse", "position_held", "Minister of the Economy and Finance"))["from"]);
    }

    [Fact]
    public async Task A_massacre_it_answered_and_where_survivors_fled_are_no_part_of_the_facts()
    {
        // "a reprisal for the Ogossagou massacre of March 2019"; "most survivors fled to Sangha and Bandia …"; "He visited Sobane Da"
        Assert.DoesNotContain(await StatementsAsync("sobane-da-massacre"), s => s.Contains("Ogossagou", StringComparison.Ordinal) || s.Contains("Dogon", StringComparison.Ordinal)
            || s.Contains("Fulani", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("boubou-cisse"), s => s.Contains("sobane", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Names_without_their_articles_are_wanted_with_their_kinds()
    {
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Mopti Region"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Bandiagara Escarpment"));
        Assert.Equal(ArticleKind.Event, await WantedKindAsync("Ogossagou massacre"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("World Bank"));
    }
}
