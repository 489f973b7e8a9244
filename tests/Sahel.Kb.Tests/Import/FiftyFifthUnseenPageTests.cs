using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A fifty-fifth page that no rule was written from (Operation Serval, Dioncounda Traoré, Operation
/// Barkhane, the Adrar des Ifoghas, Abdelhamid Abou Zeid, Timbuktu), its expectations written before
/// its first import (11 of its 20 statements and one wrong; kinds, dates, aliases and links right).
/// Its statements are in <c>expected/operation-serval.statements.txt</c>.
/// </summary>
public sealed class FiftyFifthUnseenPageTests() : ImportedPage("operation-serval.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("operation-serval", ArticleKind.Event),
            ("dioncounda-traore", ArticleKind.Person),
            ("operation-barkhane", ArticleKind.Event),
            ("adrar-des-ifoghas", ArticleKind.Region),
            ("abdelhamid-abou-zeid", ArticleKind.Person),
            ("timbuktu", ArticleKind.Region));
    }

    [Fact]
    public async Task Two_operations_and_two_lives_are_dated_as_written()
    {
        // "from 11 January 2013 to 15 July 2014"; "launched on 1 August 2014 … It ended on 9 November 2022"
        Assert.Equal("2013-01-11", (await DateAsync("operation-serval", DateLabel.Start)).Value);
        Assert.Equal("2014-07-15", (await DateAsync("operation-serval", DateLabel.End)).Value);
        Assert.Equal("2014-08-01", (await DateAsync("operation-barkhane", DateLabel.Start)).Value);
        Assert.Equal("2022-11-09", (await DateAsync("operation-barkhane", DateLabel.End)).Value);
        // "(born 23 February 1942)"; "(born Mohamed Ghdiri; 12 December 1965 – 25 February 2013)"
        Assert.Equal("1942-02-23", (await DateAsync("dioncounda-traore", DateLabel.Born)).Value);
        Assert.Equal("1965-12-12", (await DateAsync("abdelhamid-abou-zeid", DateLabel.Born)).Value);
        Assert.Equal("2013-02-25", (await DateAsync("abdelhamid-abou-zeid", DateLabel.Died)).Value);
    }

    [Fact]
    public async Task A_name_given_at_birth_is_an_alias_and_a_massif_is_no_wanted_name()
    {
        Assert.Equal(["Mohamed Ghdiri"], await AliasesAsync("abdelhamid-abou-zeid"));
        Assert.Equal("Adrar des Ifoghas", (await ArticleAsync("adrar-des-ifoghas")).Title);
        Assert.DoesNotContain("Adrar des Ifoghas", await WantedAsync());
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Tombouctou Region"));
    }
}
