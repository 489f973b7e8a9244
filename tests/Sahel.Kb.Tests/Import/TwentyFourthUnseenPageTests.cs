namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A twenty-fourth page that no rule was written from (Chinagodrar, Ibrahim Boubacar Keïta, the Rally
/// for Mali, Koutiala, the 2020 coup), read before its first import (16 of its 19 statements right,
/// one with its side missing). Its statements are in <c>expected/chinagodrar-attack.statements.txt</c>.
/// </summary>
public sealed class TwentyFourthUnseenPageTests() : ImportedPage("chinagodrar-attack.txt")
{
    [Fact]
    public async Task Initials_a_person_is_known_by_are_an_alias()
    {
        // "Ibrahim Boubacar Keïta (…), often known by his initials IBK, was …"
        Assert.Contains("IBK", await AliasesAsync("ibrahim-boubacar-keita"));
        Assert.DoesNotContain("IBK", await WantedAsync());
    }

    [Fact]
    public async Task A_neighbour_is_no_place_of_an_attack()
    {
        // "in Chinagodrar, in the Tillabéri Region of Niger, near the border with Mali"
        Assert.DoesNotContain("location Mali", await StatementsAsync("chinagodrar-attack"));
    }
}
