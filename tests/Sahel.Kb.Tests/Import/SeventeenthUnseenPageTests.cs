namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A seventeenth page that no rule was written from (the Radisson Blu attack, Intalla Ag Attaher,
/// the MIA, Anéfis, the Sirte agreement of 2009, Operation Épervier), read before its first import.
/// Its statements are in <c>expected/bamako-hotel-attack.statements.txt</c>; here, what is not one.
/// </summary>
public sealed class SeventeenthUnseenPageTests() : ImportedPage("bamako-hotel-attack.txt")
{
    [Fact]
    public async Task A_claim_is_no_perpetration_and_a_hotel_is_no_side()
    {
        var statements = await StatementsAsync("2015-bamako-hotel-attack");

        // "Al-Mourabitoun and al-Qaeda in the Islamic Maghreb claimed the attack jointly"; "attacked the Radisson Blu Hotel in Bamako".
        Assert.DoesNotContain(statements, s => s.Contains("al-Qaeda", StringComparison.Ordinal));
        Assert.DoesNotContain("participant Radisson Blu Hotel", statements);
        Assert.Contains("location Radisson Blu Hotel", statements);
    }

    [Fact]
    public async Task Another_spelling_in_the_opening_bracket_is_an_alias()
    {
        // "Anéfis (also Anefif) is a small town …"
        Assert.Contains("Anefif", await AliasesAsync("anefis"));
        Assert.DoesNotContain("Anefif", await WantedAsync());
    }

    [Fact]
    public async Task A_mediator_and_headquarters_state_nothing()
    {
        // "Mediated by Muammar Gaddafi, it ended …"; "The operation was headquartered in N'Djamena".
        Assert.DoesNotContain(await StatementsAsync("sirte-agreement-2009"), s => s.Contains("Gaddafi", StringComparison.Ordinal));
        Assert.DoesNotContain("location N'Djamena", await StatementsAsync("operation-epervier"));
    }
}
