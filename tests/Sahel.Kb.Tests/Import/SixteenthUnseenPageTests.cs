using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A sixteenth page that no rule was written from, saved as HTML (Niger: the 2010 coup, Salou
/// Djibo, the CSRD, Agadez, the MNJ, the Arlit and Agadez attacks), read before its first import.
/// Its statements are in <c>expected/nigerien-coup-2010.statements.txt</c>; here, kinds, dates and names.
/// </summary>
public sealed class SixteenthUnseenPageTests() : ImportedPage("nigerien-coup-2010.html")
{
    [Fact]
    public async Task Attacks_carried_out_by_a_movement_are_an_event_not_a_group()
    {
        // "The Arlit and Agadez attacks were suicide car bombings carried out … by the Movement for Oneness and Jihad …"
        await AssertKindsAsync(
            ("2013-arlit-and-agadez-attacks", ArticleKind.Event),
            ("supreme-council-for-the-restoration-of-democracy", ArticleKind.Group), // "the military junta"
            ("agadez-region", ArticleKind.Region));
    }

    [Fact]
    public async Task A_junta_that_ruled_from_one_day_to_another_was_founded_and_dissolved_then()
    {
        var dates = await DatesAsync("supreme-council-for-the-restoration-of-democracy");
        var attacks = await DatesAsync("2013-arlit-and-agadez-attacks");

        // "the military junta that ruled Niger from 18 February 2010 to 7 April 2011"; "suicide car bombings carried out on 23 May 2013"
        Assert.Equal("2010-02-18", Assert.Single(dates, d => d.Label == DateLabel.Founded).Value);
        Assert.Equal("2011-04-07", Assert.Single(dates, d => d.Label == DateLabel.Dissolved).Value);
        Assert.Equal("2013-05-23", Assert.Single(attacks, d => d.Label == DateLabel.Start).Value);
    }

    [Fact]
    public async Task A_rank_before_a_name_is_neither_a_name_nor_the_one_who_acted()
    {
        var wanted = await WantedAsync();

        // "soldiers of the Nigerien Armed Forces led by Squadron Leader Salou Djibo attacked … and captured President Mamadou Tandja"
        Assert.DoesNotContain("Squadron Leader", wanted);
        Assert.Equal(["perpetrator Nigerien Armed Forces"], (await StatementsAsync("2010-nigerien-coup-detat")).Where(s => s.StartsWith("perpetrator ", StringComparison.Ordinal)));
    }
}
