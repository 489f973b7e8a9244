using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// An eleventh page that no rule was written from (Aguelhok, the HCUA, Amadou Toumani Touré,
/// Timbuktu, the Battle of Tessit, the Algiers Accord of 2006), read before its first import. Its
/// statements are in <c>expected/aguelhok-massacre.statements.txt</c>.
/// </summary>
public sealed class EleventhUnseenPageTests() : ImportedPage("aguelhok-massacre.txt")
{
    [Fact]
    public async Task An_agreement_named_by_its_date_is_signed_then_and_the_date_is_no_part_of_its_name()
    {
        var dates = await DatesAsync("algiers-accord-2006");
        var aliases = await AliasesAsync("algiers-accord-2006");

        // "The Algiers Accord of 4 July 2006 was a peace agreement …"
        Assert.Equal("2006-07-04", Assert.Single(dates, d => d.Label == DateLabel.Signed).Value);
        Assert.DoesNotContain(aliases, a => a.Contains("2006", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_name_with_a_spaced_dash_is_one_wanted_name()
    {
        var wanted = await WantedAsync();

        // "between the Malian Armed Forces and the Islamic State – Sahel Province"
        Assert.Contains("Islamic State – Sahel Province", wanted);
        Assert.DoesNotContain("Sahel Province", wanted);
    }
}
