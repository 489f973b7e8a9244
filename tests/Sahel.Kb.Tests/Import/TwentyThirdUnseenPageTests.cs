namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A twenty-third page that no rule was written from (Chad: the Battle of N'Djamena of 2008, Mahamat
/// Idriss Déby, the UFDD, Tibesti, the Dakar Agreement), read before its first import (8 of its 15
/// statements read, none wrong). Its statements are in <c>expected/battle-of-ndjamena-2008.statements.txt</c>.
/// </summary>
public sealed class TwentyThirdUnseenPageTests() : ImportedPage("battle-of-ndjamena-2008.txt")
{
    [Fact]
    public async Task A_mediator_signs_nothing_and_a_leader_signs_with_his_state()
    {
        var statements = await StatementsAsync("dakar-agreement-2008");

        // "signed … by President Idriss Déby of Chad and President Omar al-Bashir of Sudan, under the mediation of Abdoulaye Wade"
        Assert.Equal(
            ["signatory Chad", "signatory Idriss Déby", "signatory Omar al-Bashir", "signatory Sudan"],
            statements.Where(s => s.StartsWith("signatory ", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_province_lies_in_its_country_not_its_neighbours()
    {
        // "Tibesti is one of the 23 provinces of Chad … It borders Libya and Niger."
        Assert.Equal(["located_in Chad"], await StatementsAsync("tibesti-region"));
    }
}
