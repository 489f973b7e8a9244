using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A fifty-seventh page that no rule was written from (the Multinational Joint Task Force, Lake
/// Chad, Muhammadu Buhari, Operation Lafiya Dole, Diffa, Abu Musab al-Barnawi), its expectations
/// written before its first import (8 of its 19 statements and two wrong; kinds, dates, aliases and
/// links right). Its statements are in <c>expected/multinational-joint-task-force.statements.txt</c>.
/// </summary>
public sealed class FiftySeventhUnseenPageTests() : ImportedPage("multinational-joint-task-force.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("multinational-joint-task-force", ArticleKind.Group),
            ("lake-chad", ArticleKind.Region),
            ("muhammadu-buhari", ArticleKind.Person),
            ("operation-lafiya-dole", ArticleKind.Event),
            ("diffa", ArticleKind.Region),
            ("abu-musab-al-barnawi", ArticleKind.Person));
    }

    [Fact]
    public async Task A_force_an_operation_and_two_lives_are_dated_as_written()
    {
        // "Originally formed by Nigeria in 1994"; "launched in 2015"; "(17 December 1942 – 13 July 2025)"; "(born Habib Yusuf; c. 1994 – 2021)"
        Assert.Equal("1994", (await DateAsync("multinational-joint-task-force", DateLabel.Founded)).Value);
        Assert.Equal("2015", (await DateAsync("operation-lafiya-dole", DateLabel.Start)).Value);
        Assert.Equal("1942-12-17", (await DateAsync("muhammadu-buhari", DateLabel.Born)).Value);
        Assert.Equal("2025-07-13", (await DateAsync("muhammadu-buhari", DateLabel.Died)).Value);
        var born = await DateAsync("abu-musab-al-barnawi", DateLabel.Born);
        Assert.Equal(("1994", "circa"), (born.Value, born.Qualifier));
        Assert.Equal("2021", (await DateAsync("abu-musab-al-barnawi", DateLabel.Died)).Value);
    }

    [Fact]
    public async Task A_commission_named_after_the_lake_is_wanted_whole_and_the_islamic_state_is_a_group()
    {
        Assert.Equal(["MNJTF"], await AliasesAsync("multinational-joint-task-force"));
        Assert.Equal(["Habib Yusuf"], await AliasesAsync("abu-musab-al-barnawi"));
        // "In 2021 it was renamed Operation Hadin Kai ...": a later name is an alias, but this one runs into the mirror's cut.
        Assert.Empty(await AliasesAsync("operation-lafiya-dole"));
        var wanted = await WantedAsync();
        Assert.Contains("Lake Chad Basin Commission", wanted);
        Assert.DoesNotContain("Basin Commission", wanted);
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Islamic State West Africa Province"));
    }
}
