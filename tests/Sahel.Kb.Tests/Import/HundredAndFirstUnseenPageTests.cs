using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A hundred-and-first page, saved as HTML, that no rule was written from (the Malian counter-coup of 2012, Amadou Haya
/// Sanogo, the National Committee for the Restoration of Democracy and State, the 33rd Parachute Commando Regiment, Kati,
/// Cheick Modibo Diarra), each snippet cut inside a word as the mirror cuts them, its expectations written before its first
/// import. Its statements are in <c>expected/malian-counter-coup-2012.statements.txt</c>.
/// </summary>
public sealed class HundredAndFirstUnseenPageTests() : ImportedPage("malian-counter-coup-2012.html")
{
    private const string Junta = "national-committee-for-the-restoration-of-democracy-and-state";

    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("2012-malian-counter-coup", ArticleKind.Event),
            ("amadou-haya-sanogo", ArticleKind.Person),
            (Junta, ArticleKind.Group),
            ("33rd-parachute-commando-regiment", ArticleKind.Group),
            ("kati", ArticleKind.Region),
            ("cheick-modibo-diarra", ArticleKind.Person));
    }

    [Fact]
    public async Task Two_days_of_fighting_a_junta_and_a_life_are_dated_as_written()
    {
        // "on 30 April and 1 May 2012"; "the military junta that seized power in Mali on 22 March 2012"; "(born 21 April 1952)"
        Assert.Equal("2012-04-30", (await DateAsync("2012-malian-counter-coup", DateLabel.Start)).Value);
        Assert.Equal("2012-05-01", (await DateAsync("2012-malian-counter-coup", DateLabel.End)).Value);
        Assert.Equal("2012-03-22", (await DateAsync(Junta, DateLabel.Founded)).Value);
        Assert.Equal("1952-04-21", (await DateAsync("cheick-modibo-diarra", DateLabel.Born)).Value);
    }

    [Fact]
    public async Task A_birth_given_as_one_of_two_years_is_no_date_and_a_town_s_mutinies_are_not_its_own()
    {
        // "(born 1972 or 1973)"; "from which the mutinies of 2012 and 2020 began"
        Assert.Empty(await DatesAsync("amadou-haya-sanogo"));
        Assert.Empty(await DatesAsync("kati"));
    }

    [Fact]
    public async Task A_prime_minister_s_term_is_read_to_the_day()
    {
        var office = await QualifiersAsync("cheick-modibo-diarra", "position_held", "Prime Minister of Mali");
        Assert.Equal("2012-04-17", office["from"]);
        Assert.Equal("2012-12-11", office["to"]);
    }

    [Fact]
    public async Task Short_nick_and_french_names_are_aliases()
    {
        var regiment = await AliasesAsync("33rd-parachute-commando-regiment");
        Assert.Contains("Red Berets", regiment);
        Assert.Contains("33e RCP", regiment);
        Assert.Contains("CNRDRE", await AliasesAsync(Junta));
    }

    [Fact]
    public async Task The_junta_s_captain_the_broadcaster_and_a_later_grave_are_no_part_of_the_counter_coup()
    {
        var counterCoup = await StatementsAsync("2012-malian-counter-coup");
        Assert.DoesNotContain(counterCoup, s => s.Contains("sanogo", StringComparison.Ordinal) || s.Contains("ORTM", StringComparison.Ordinal)
            || s.Contains("Diago", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Names_without_their_articles_are_wanted_with_their_kinds()
    {
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Koulikoro Region"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Ségou"));
        Assert.Equal(ArticleKind.Person, await WantedKindAsync("Amadou Toumani Touré"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Malian Armed Forces"));
    }
}
