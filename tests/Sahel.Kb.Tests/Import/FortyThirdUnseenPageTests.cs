using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A forty-third page that no rule was written from (the battle of Fada in 1987, the Toyota War,
/// Hassan Djamous, Hissène Habré, the Aouzou Strip, Fada, the Chadian–Libyan conflict), read before
/// its first import (13 of its 20 statements read right, 1 wrong; now 19). Its statements are in <c>expected/battle-of-fada.statements.txt</c>.
/// </summary>
public sealed class FortyThirdUnseenPageTests() : ImportedPage("battle-of-fada.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("battle-of-fada-1987", ArticleKind.Event),
            ("toyota-war", ArticleKind.Event),
            ("hassan-djamous", ArticleKind.Person),
            ("hissene-habre", ArticleKind.Person),
            ("aouzou-strip", ArticleKind.Region),
            ("fada-chad", ArticleKind.Region),
            ("chadian-libyan-conflict", ArticleKind.Event));
    }

    [Fact]
    public async Task A_town_titled_with_its_country_is_known_by_its_own_name()
    {
        // Titled "Fada, Chad"; "Fada is a town in north-eastern Chad"; the battle "at Fada, in northern Chad"
        Assert.Equal("Fada", Assert.Single(await AliasesAsync("fada-chad")));
        Assert.Contains("location fada-chad", await StatementsAsync("battle-of-fada-1987"));
        Assert.DoesNotContain("Fada", await WantedAsync());
    }

    [Fact]
    public async Task Wars_and_lives_are_dated_as_written()
    {
        // "fought on 2 January 1987"; "It ended with a ceasefire on 11 September 1987"; "(c. 1952 – April 1989)"; "from 1978 to 1987"
        Assert.Equal("1987-01-02", (await DateAsync("battle-of-fada-1987", DateLabel.Start)).Value);
        Assert.Equal("1987-09-11", (await DateAsync("toyota-war", DateLabel.End)).Value);
        var djamous = await DatesAsync("hassan-djamous");
        Assert.Equal("1952", Assert.Single(djamous, d => d.Label == DateLabel.Born).Value);
        var died = Assert.Single(djamous, d => d.Label == DateLabel.Died);
        Assert.Equal(("1989-04", DatePrecision.Month), (died.Value, died.Precision));
        var conflict = await DatesAsync("chadian-libyan-conflict");
        Assert.Equal("1978", Assert.Single(conflict, d => d.Label == DateLabel.Start).Value);
        Assert.Equal("1987", Assert.Single(conflict, d => d.Label == DateLabel.End).Value);
    }

    [Fact]
    public async Task A_commander_stands_on_the_side_he_commands()
    {
        // "between the Chadian National Armed Forces and the Libyan army. The Chadian forces, commanded by Hassan Djamous, overran …"
        var battle = await StatementsAsync("battle-of-fada-1987");
        Assert.Contains("participant hassan-djamous", battle);
        Assert.Equal(("1", "1"), (
            (await QualifiersAsync("battle-of-fada-1987", "participant", "hassan-djamous"))["side"],
            (await QualifiersAsync("battle-of-fada-1987", "participant", "Chadian National Armed Forces"))["side"]));
    }
}
