using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// The hundredth page that no rule was written from (the Nigerien coup attempt of 2021, Niamey, Sani Saley Gourouza, the
/// Nigerien Air Force, Mohamed Bazoum, the Presidential Guard of Niger), each snippet cut inside a word as the mirror cuts
/// them, its expectations written before its first import. Its statements are in
/// <c>expected/nigerien-coup-attempt-2021.statements.txt</c>.
/// </summary>
public sealed class HundredthUnseenPageTests() : ImportedPage("nigerien-coup-attempt-2021.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("2021-nigerien-coup-attempt", ArticleKind.Event),
            ("niamey", ArticleKind.Region),
            ("sani-saley-gourouza", ArticleKind.Person),
            ("nigerien-air-force", ArticleKind.Group),
            ("mohamed-bazoum", ArticleKind.Person),
            ("presidential-guard-niger", ArticleKind.Group));
    }

    [Fact]
    public async Task A_night_s_attempt_an_air_force_and_a_president_are_dated_as_written()
    {
        // "in the early hours of 31 March 2021"; "formed in 1961"; "(born 1 January 1960)"
        Assert.Equal("2021-03-31", (await DateAsync("2021-nigerien-coup-attempt", DateLabel.Start)).Value);
        Assert.Equal("1961", (await DateAsync("nigerien-air-force", DateLabel.Founded)).Value);
        Assert.Equal("1960-01-01", (await DateAsync("mohamed-bazoum", DateLabel.Born)).Value);
    }

    [Fact]
    public async Task What_befell_a_city_and_an_officer_gives_them_no_dates()
    {
        // "the capital of the French colony of Niger in 1926"; "arrested in Cotonou, Benin, on 7 April 2021".
        Assert.Empty(await DatesAsync("niamey"));
        Assert.Empty(await DatesAsync("sani-saley-gourouza"));
    }

    [Fact]
    public async Task A_president_s_term_runs_to_his_deposition()
    {
        var president = await QualifiersAsync("mohamed-bazoum", "position_held", "President of Niger");
        Assert.Equal("2021-04-02", president["from"]);
        Assert.Equal("2023-07-26", president["to"]);
        Assert.Equal("2016", (await QualifiersAsync("mohamed-bazoum", "position_held", "Minister of the Interior"))["from"]);
    }

    [Fact]
    public async Task French_names_are_aliases()
    {
        Assert.Contains("Armée de l'air nigérienne", await AliasesAsync("nigerien-air-force"));
        Assert.Contains("Garde présidentielle", await AliasesAsync("presidential-guard-niger"));
    }

    [Fact]
    public async Task The_man_the_government_named_and_the_president_elect_are_no_side_of_the_attempt()
    {
        // "The government said that the plot was led by Captain Sani Saley Gourouza": a claim.
        var attempt = await StatementsAsync("2021-nigerien-coup-attempt");
        Assert.DoesNotContain(attempt, s => s.Contains("gourouza", StringComparison.Ordinal) || s.Contains("bazoum", StringComparison.Ordinal)
            || s.Contains("Benin", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Names_without_their_articles_are_wanted_with_their_kinds()
    {
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Nigerien Armed Forces"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Bilabrine"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Diffa Region"));
        Assert.Equal(ArticleKind.Person, await WantedKindAsync("Abdourahamane Tchiani"));
    }
}
