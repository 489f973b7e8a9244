using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A sixtieth page that no rule was written from (the Dapchi schoolgirls kidnapping of February 2018,
/// Yobe State, Leah Sharibu, Damaturu, Lai Mohammed, Bursari), its expectations written before its
/// first import (9 of its 12 statements, none wrong; kinds and dates right; the state's short name
/// missed). Its statements are in <c>expected/dapchi-kidnapping.statements.txt</c>.
/// </summary>
public sealed class SixtiethUnseenPageTests() : ImportedPage("dapchi-kidnapping.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("dapchi-schoolgirls-kidnapping", ArticleKind.Event),
            ("yobe-state", ArticleKind.Region),
            ("leah-sharibu", ArticleKind.Person),
            ("damaturu", ArticleKind.Region),
            ("lai-mohammed", ArticleKind.Person),
            ("bursari", ArticleKind.Region));
    }

    [Fact]
    public async Task A_kidnapping_a_state_and_two_people_are_dated_as_written()
    {
        // "On 19 February 2018, 110 schoolgirls … were kidnapped"; "created on 27 August 1991"
        Assert.Equal("2018-02-19", (await DateAsync("dapchi-schoolgirls-kidnapping", DateLabel.Start)).Value);
        Assert.Equal("1991-08-27", (await DateAsync("yobe-state", DateLabel.Founded)).Value);
        // "(born 14 May 2003)"; "(born 8 December 1951)"
        Assert.Equal("2003-05-14", (await DateAsync("leah-sharibu", DateLabel.Born)).Value);
        Assert.Equal("1951-12-08", (await DateAsync("lai-mohammed", DateLabel.Born)).Value);
        // A census year is no date of the district's; a city attacked twice has no dates of its own.
        Assert.Empty(await DatesAsync("bursari"));
        Assert.Empty(await DatesAsync("damaturu"));
    }

    [Fact]
    public async Task A_state_is_also_known_by_its_short_name_and_the_places_of_the_kidnapping_are_linked_or_wanted()
    {
        // "Yobe is a state in northeastern Nigeria": the snippet names it without "State".
        Assert.Contains("Yobe", await AliasesAsync("yobe-state"));
        Assert.Empty(await AliasesAsync("leah-sharibu"));
        var wanted = await WantedAsync();
        Assert.Contains("Dapchi", wanted);
        Assert.Contains("Borno State", wanted);
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Dapchi"));
    }
}
