namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A twenty-first page that no rule was written from (Ménaka in 2012, al-Mahdi, Al-Mulathameen, the
/// Tombouctou Region, Djamel Okacha), read before its first import (13 of its 14 statements read,
/// none wrong). Its statements are in <c>expected/battle-of-menaka-2012.statements.txt</c>; here, names.
/// </summary>
public sealed class TwentyFirstUnseenPageTests() : ImportedPage("battle-of-menaka-2012.txt")
{
    [Fact]
    public async Task A_name_alone_in_the_bracket_after_the_opening_name_is_an_alias()
    {
        var aliases = await AliasesAsync("al-mulathameen");

        // "Al-Mulathameen (the Masked Men Brigade), also known as the Signed-in-Blood Battalion, was …"
        Assert.Equal(["Masked Men Brigade", "Signed-in-Blood Battalion"], aliases.Order(StringComparer.Ordinal));
        Assert.DoesNotContain("Masked Men Brigade", await WantedAsync());
    }

    [Fact]
    public async Task A_claim_and_a_region_cut_from_this_one_state_nothing()
    {
        // "although the MNLA claimed to have seized the town"; "In 2016 the northern part of the region became the Taoudénit Region".
        Assert.Equal(["located_in Mali"], await StatementsAsync("tombouctou-region"));
        Assert.Contains("Timbuktu Region", await AliasesAsync("tombouctou-region"));
    }
}
