namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A ninth page that no rule was written from, saved as HTML (the Koulogon massacre, Ganda Koy,
/// Mahmoud Dicko, the Algiers ceasefire). Its statements are in <c>expected/koulogon-massacre.statements.txt</c>.
/// </summary>
public sealed class NinthUnseenPageTests() : ImportedPage("koulogon-massacre.html")
{
    [Fact]
    public async Task A_translation_in_quotes_is_no_alias()
    {
        var aliases = await AliasesAsync("ganda-koy");

        // "Ganda Koy (Songhay: "Masters of the Land") was a Songhai self-defense militia"
        Assert.DoesNotContain("Masters of the Land", aliases);
    }

    [Fact]
    public async Task A_kind_of_group_alone_and_a_name_the_mirror_cut_are_no_wanted_names()
    {
        var wanted = await WantedAsync();

        // "led the June 5 Movement – Rally of Patriotic Forces (M5-RFP)"
        Assert.DoesNotContain("Movement", wanted);
        // "later merged into the Coordination of Patriotic Movements and Forces of Resistance ...": the name may go on past the cut.
        Assert.DoesNotContain("Coordination of Patriotic Movements", wanted);
    }
}
