using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A forty-sixth page that no rule was written from (the Ouagadougou attacks of 2016, Roch Marc
/// Christian Kaboré, al-Qaeda in the Islamic Maghreb, the Kadiogo Province, Operation Barkhane), read
/// before its first import (11 of its 16 statements read right, 3 wrong; now all 16). Its statements are in <c>expected/ouagadougou-attacks-2016.statements.txt</c>.
/// </summary>
public sealed class FortySixthUnseenPageTests() : ImportedPage("ouagadougou-attacks-2016.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("2016-ouagadougou-attacks", ArticleKind.Event),
            ("roch-marc-christian-kabore", ArticleKind.Person),
            ("al-qaeda-in-the-islamic-maghreb", ArticleKind.Group),
            ("kadiogo-province", ArticleKind.Region),
            ("operation-barkhane", ArticleKind.Event));
    }

    [Fact]
    public async Task Attacks_operations_and_lives_are_dated_as_written()
    {
        // "On 15 January 2016, gunmen …"; "launched on 1 August 2014 … and ended on 9 November 2022"; "(born 25 April 1957)"
        Assert.Equal("2016-01-15", (await DateAsync("2016-ouagadougou-attacks", DateLabel.Start)).Value);
        var barkhane = await DatesAsync("operation-barkhane");
        Assert.Equal("2014-08-01", Assert.Single(barkhane, d => d.Label == DateLabel.Start).Value);
        Assert.Equal("2022-11-09", Assert.Single(barkhane, d => d.Label == DateLabel.End).Value);
        Assert.Equal("1957-04-25", (await DateAsync("roch-marc-christian-kabore", DateLabel.Born)).Value);
    }

    [Fact]
    public async Task A_groups_initials_are_its_alias_and_a_claimant_is_no_side()
    {
        // "Al-Qaeda in the Islamic Maghreb (AQIM)"; "Al-Mourabitoun, an affiliate of the group, also claimed the attack"
        Assert.Contains("AQIM", await AliasesAsync("al-qaeda-in-the-islamic-maghreb"));
        Assert.DoesNotContain(await StatementsAsync("2016-ouagadougou-attacks"), s => s.Contains("Mourabitoun", StringComparison.Ordinal));
    }
}
