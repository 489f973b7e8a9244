using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A thirty-fifth page that no rule was written from (Al-Mourabitoun, Mokhtar Belmokhtar, the MOJWA,
/// Ghardaïa, the Kel Adagh), read before its first import (10 of its 13 statements, none wrong). Its
/// statements are in <c>expected/al-mourabitoun.statements.txt</c>.
/// </summary>
public sealed class ThirtyFifthUnseenPageTests() : ImportedPage("al-mourabitoun.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("al-mourabitoun", ArticleKind.Group),
            ("mokhtar-belmokhtar", ArticleKind.Person),
            ("movement-for-oneness-and-jihad-in-west-africa", ArticleKind.Group),
            ("ghardaia", ArticleKind.Region),
            ("kel-adagh", ArticleKind.Group));
    }

    [Fact]
    public async Task A_merger_is_read_from_both_sides()
    {
        // "formed in August 2013 by the merger of the Movement for Oneness and Jihad in West Africa and Mokhtar Belmokhtar's Al-Mulathameen
        // Brigade"; "In 2013 it merged with the Al-Mulathameen Brigade to form Al-Mourabitoun".
        Assert.Contains("replaces movement-for-oneness-and-jihad-in-west-africa", await StatementsAsync("al-mourabitoun"));
        Assert.Contains("merged_into al-mourabitoun", await StatementsAsync("movement-for-oneness-and-jihad-in-west-africa"));
        Assert.DoesNotContain("replaces mokhtar-belmokhtar", await StatementsAsync("al-mourabitoun"));
    }

    [Fact]
    public async Task A_brigades_commander_and_a_glossed_leader_are_read()
    {
        // "earlier commanded a brigade of al-Qaeda in the Islamic Maghreb"; "Their amenokal, or traditional leader, has been Mohamed Ag Intalla since 2014"
        Assert.Contains("member_of al-Qaeda in the Islamic Maghreb", await StatementsAsync("mokhtar-belmokhtar"));
        Assert.Equal("2014", (await QualifiersAsync("kel-adagh", "led_by", "Mohamed Ag Intalla"))["from"]);
    }
}
