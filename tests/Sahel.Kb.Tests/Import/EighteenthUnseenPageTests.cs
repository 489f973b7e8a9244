namespace Sahel.Kb.Tests.Import;

/// <summary>
/// An eighteenth page that no rule was written from (Diabaly, Abou Zeid, the FLAA, Gao, the
/// National Pact, the Battle of Gao of 2012), read before its first import. Its statements are in
/// <c>expected/battle-of-diabaly.statements.txt</c>; here, the sides and what is not a statement.
/// </summary>
public sealed class EighteenthUnseenPageTests() : ImportedPage("battle-of-diabaly.txt")
{
    [Fact]
    public async Task Of_three_sides_joined_by_and_the_states_army_stands_apart()
    {
        var statements = await StatementsAsync("battle-of-diabaly");

        // "between Islamist fighters of al-Qaeda in the Islamic Maghreb and the Movement for Oneness and Jihad in West Africa and the
        // Malian Army, supported by French forces of Operation Serval": the two groups on one side, the army and the operation on the other.
        Assert.Equal(
            ["participant Malian Army", "participant Movement for Oneness and Jihad in West Africa", "participant Operation Serval", "participant abdelhamid-abou-zeid", "participant al-Qaeda in the Islamic Maghreb"],
            statements.Where(s => s.StartsWith("participant ", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(await WantedAsync(), w => w.StartsWith("French forces", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_capital_of_an_empire_of_the_past_is_not_where_a_city_lies()
    {
        // "Gao was the capital of the Songhai Empire in the 15th and 16th centuries"
        Assert.Equal(["located_in Gao Region", "located_in Mali"], (await StatementsAsync("gao")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_leader_of_a_signatory_signs_nothing()
    {
        // "between the transitional government of Mali, led by Amadou Toumani Touré, and the Unified Movements and Fronts of Azawad (MFUA)"
        Assert.Equal(
            ["signatory Mali", "signatory Unified Movements and Fronts of Azawad"],
            (await StatementsAsync("national-pact-mali")).Where(s => s.StartsWith("signatory ", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }
}
