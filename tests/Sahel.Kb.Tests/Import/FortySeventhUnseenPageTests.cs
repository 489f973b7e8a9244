using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A forty-seventh page that no rule was written from (the battle of Wagadou Forest in 2011, the Wagadou
/// Forest, Nioro du Sahel, the Kayes Region, the Mauritanian Army, Bassikounou), read before its first
/// import (11 of its 15 statements, none wrong). Its statements are in
/// <c>expected/battle-of-wagadou-forest.statements.txt</c>.
/// </summary>
public sealed class FortySeventhUnseenPageTests() : ImportedPage("battle-of-wagadou-forest.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("battle-of-wagadou-forest-2011", ArticleKind.Event),
            ("wagadou-forest", ArticleKind.Region),
            ("nioro-du-sahel", ArticleKind.Region),
            ("kayes-region", ArticleKind.Region),
            ("mauritanian-army", ArticleKind.Group),
            ("bassikounou", ArticleKind.Region));
    }

    [Fact]
    public async Task A_battle_over_three_days_and_an_army_are_dated_as_written()
    {
        // "fought from 24 to 26 June 2011"; "Founded in 1960"; "(French: Armée mauritanienne)"
        Assert.Equal("2011-06-24", (await DateAsync("battle-of-wagadou-forest-2011", DateLabel.Start)).Value);
        Assert.Equal("2011-06-26", (await DateAsync("battle-of-wagadou-forest-2011", DateLabel.End)).Value);
        Assert.Equal("1960", (await DateAsync("mauritanian-army", DateLabel.Founded)).Value);
        Assert.Contains("Armée mauritanienne", await AliasesAsync("mauritanian-army"));
    }

    [Fact]
    public async Task Jihadists_of_a_group_are_the_group_and_no_wanted_name()
    {
        // "Jihadists of AQIM used it as a hideout from 2010"
        var wanted = await WantedAsync();
        Assert.Contains("AQIM", wanted);
        Assert.DoesNotContain(wanted, name => name.StartsWith("Jihadists", StringComparison.Ordinal));
    }
}
