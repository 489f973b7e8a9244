using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A thirty-second page that no rule was written from (the Arbinda attack of 2019, Arbinda, the Burkina
/// Faso Air Force, Paul-Henri Sandaogo Damiba, the coup of January 2022), read before its first import
/// (15 of its 16 statements, none wrong). Its statements are in <c>expected/arbinda-attack.statements.txt</c>.
/// </summary>
public sealed class ThirtySecondUnseenPageTests() : ImportedPage("arbinda-attack.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind_with_its_dates()
    {
        await AssertKindsAsync(
            ("2019-arbinda-attack", ArticleKind.Event),
            ("arbinda", ArticleKind.Region),
            ("burkina-faso-air-force", ArticleKind.Group),
            ("paul-henri-sandaogo-damiba", ArticleKind.Person),
            ("january-2022-burkina-faso-coup-detat", ArticleKind.Event));

        // "took place on 24 December 2019"; "Founded in 1964"; "began on 23 January 2022".
        Assert.Equal("2019-12-24", Assert.Single(await DatesAsync("2019-arbinda-attack")).Value);
        Assert.Equal("1964", Assert.Single(await DatesAsync("burkina-faso-air-force")).Value);
        Assert.Equal("2022-01-23", Assert.Single(await DatesAsync("january-2022-burkina-faso-coup-detat")).Value);
    }

    [Fact]
    public async Task The_side_that_repelled_an_attack_and_the_town_attacked_are_read()
    {
        // "attacked a military base and the town of Arbinda, …, before the attackers were repelled by the Burkinabè Army,
        // backed by the Burkina Faso Air Force"
        var attack = await StatementsAsync("2019-arbinda-attack");
        Assert.Contains("location arbinda", attack);
        Assert.Equal("2", (await QualifiersAsync("2019-arbinda-attack", "participant", "Burkinabè Army"))["side"]);
        Assert.Equal("2", (await QualifiersAsync("2019-arbinda-attack", "participant", "burkina-faso-air-force"))["side"]);
    }

    [Fact]
    public async Task A_term_of_office_in_months_is_its_period()
    {
        // "the interim President of Burkina Faso from January to September 2022"
        var period = await QualifiersAsync("paul-henri-sandaogo-damiba", "position_held", "President of Burkina Faso");
        Assert.Equal(("2022-01", "2022-09"), (period["from"], period["to"]));
    }
}
