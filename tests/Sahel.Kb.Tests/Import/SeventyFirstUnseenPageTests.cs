using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A seventy-first page that no rule was written from (the Tongo Tongo ambush of October 2017, the
/// Tillabéri Region, the Islamic State in the Greater Sahara, Adnan Abu Walid al-Sahrawi, the Nigerien
/// Armed Forces, Ouallam), its expectations written before its first import (18 of its 24 statements,
/// none wrong; kinds and dates right; 24 of 24 now). Its statements are in
/// <c>expected/tongo-tongo-ambush.statements.txt</c>.
/// </summary>
public sealed class SeventyFirstUnseenPageTests() : ImportedPage("tongo-tongo-ambush.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("tongo-tongo-ambush", ArticleKind.Event),
            ("tillaberi-region", ArticleKind.Region),
            ("islamic-state-in-the-greater-sahara", ArticleKind.Group),
            ("adnan-abu-walid-al-sahrawi", ArticleKind.Person),
            ("nigerien-armed-forces", ArticleKind.Group),
            ("ouallam", ArticleKind.Region));
    }

    [Fact]
    public async Task An_ambush_a_group_and_its_founder_are_dated_as_written()
    {
        // "took place on 4 October 2017"; "founded in May 2015"; "(1973 – 17 August 2021)"
        Assert.Equal("2017-10-04", (await DateAsync("tongo-tongo-ambush", DateLabel.Start)).Value);
        var founded = await DateAsync("islamic-state-in-the-greater-sahara", DateLabel.Founded);
        Assert.Equal(("2015-05", DatePrecision.Month), (founded.Value, founded.Precision));
        var born = await DateAsync("adnan-abu-walid-al-sahrawi", DateLabel.Born);
        Assert.Equal(("1973", DatePrecision.Year), (born.Value, born.Precision));
        Assert.Equal("2021-08-17", (await DateAsync("adnan-abu-walid-al-sahrawi", DateLabel.Died)).Value);
        // A state of emergency "since March 2017", forces in a joint force "since 2017", a group's
        // new name in 2022: none is the region's, the forces' or the group's own date.
        Assert.Empty(await DatesAsync("tillaberi-region"));
        Assert.Empty(await DatesAsync("nigerien-armed-forces"));
        Assert.DoesNotContain(await DatesAsync("islamic-state-in-the-greater-sahara"), d => d.Label == DateLabel.Dissolved);
    }

    [Fact]
    public async Task A_group_is_known_by_its_initials_and_the_forces_by_their_French_name()
    {
        // Its new name, "in March 2022 it was renamed the Islamic State Sahel Province ...", runs into the
        // mirror's cut, which falls inside words and names ("… by the Popula ..."): no name is read from it.
        Assert.Equal(["ISGS"], await AliasesAsync("islamic-state-in-the-greater-sahara"));
        Assert.Equal(["FAN", "Forces armées nigériennes"], (await AliasesAsync("nigerien-armed-forces")).Order(StringComparer.Ordinal));
        Assert.Empty(await AliasesAsync("adnan-abu-walid-al-sahrawi"));
    }

    [Fact]
    public async Task The_village_the_patrol_was_ambushed_near_and_the_founders_birthplace_are_wanted_places()
    {
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Tongo Tongo"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Laayoune"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("United States Army Special Forces"));
    }
}
