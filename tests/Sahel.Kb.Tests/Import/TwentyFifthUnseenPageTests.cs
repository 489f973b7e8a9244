namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A twenty-fifth page that no rule was written from (Tchoma Bangou and Zaroumdareye, Hama Amadou,
/// Ouallam, Katiba Serma, Moden FA Lumana). Its statements are in <c>expected/tchoma-bangou.statements.txt</c>.
/// </summary>
public sealed class TwentyFifthUnseenPageTests() : ImportedPage("tchoma-bangou.txt")
{
    [Fact]
    public async Task Blame_names_no_perpetrator_and_a_kind_of_place_alone_is_no_wanted_name()
    {
        // "The attack was blamed on the Islamic State in the Greater Sahara"; "the capital of the Ouallam Department" (Ouallam is the article).
        Assert.DoesNotContain(await StatementsAsync("2021-tchoma-bangou-and-zaroumdareye-massacres"), s => s.StartsWith("perpetrator ", StringComparison.Ordinal));
        Assert.DoesNotContain("Department", await WantedAsync());
    }

    [Fact]
    public async Task A_leadership_that_ended_has_its_end_and_a_word_after_a_glued_heading_is_no_name()
    {
        // "It was led by Jafar Dicko until 2019"; "Background Days before, villagers had killed two jihadists".
        Assert.Equal("2019", (await QualifiersAsync("katiba-serma", "led_by", "Jafar Dicko"))["to"]);
        Assert.DoesNotContain("Days", await WantedAsync());
    }
}
