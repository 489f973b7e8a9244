using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A forty-first page that no rule was written from (the Koutougou attack of 2019, Koutougou, Yacouba
/// Isaac Zida, the Regiment of Presidential Security, the Passoré Province, Gilbert Diendéré), read
/// before its first import (12 of its 15 statements, none wrong). Its statements are in
/// <c>expected/koutougou-attack.statements.txt</c>.
/// </summary>
public sealed class FortyFirstUnseenPageTests() : ImportedPage("koutougou-attack.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("koutougou-attack-2019", ArticleKind.Event),
            ("koutougou", ArticleKind.Region),
            ("yacouba-isaac-zida", ArticleKind.Person),
            ("regiment-of-presidential-security", ArticleKind.Group),
            ("passore-province", ArticleKind.Region),
            ("gilbert-diendere", ArticleKind.Person));
    }

    [Fact]
    public async Task A_units_life_and_its_names_are_read()
    {
        // "(French: Régiment de sécurité présidentielle, RSP)"; "Created in 1995, … was dissolved on 25 September 2015"
        var aliases = await AliasesAsync("regiment-of-presidential-security");
        Assert.Contains("RSP", aliases);
        Assert.Contains("Régiment de sécurité présidentielle", aliases);
        var dates = await DatesAsync("regiment-of-presidential-security");
        Assert.Equal("1995", Assert.Single(dates, d => d.Label == DateLabel.Founded).Value);
        Assert.Equal("2015-09-25", Assert.Single(dates, d => d.Label == DateLabel.Dissolved).Value);
    }

    [Fact]
    public async Task Suspects_and_claimants_are_no_side_of_the_attack()
    {
        // "Ansarul Islam was suspected of the attack, which Jama'at Nasr al-Islam wal Muslimin later claimed"
        var attack = await StatementsAsync("koutougou-attack-2019");
        Assert.Contains("participant Burkinabè Armed Forces", attack);
        Assert.DoesNotContain(attack, s => s.Contains("Ansarul Islam", StringComparison.Ordinal) || s.Contains("Jama'at", StringComparison.Ordinal));
    }
}
