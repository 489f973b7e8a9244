using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A thirty-sixth page that no rule was written from (the Banibangou attack of 2021, Mohamed Bazoum,
/// the PNDS-Tarayya, Banibangou, Operation Almahaou), read before its first import (13 of its 18
/// statements right, one wrong). Its statements are in <c>expected/banibangou-attack.statements.txt</c>.
/// </summary>
public sealed class ThirtySixthUnseenPageTests() : ImportedPage("banibangou-attack.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("banibangou-attack-2021", ArticleKind.Event),
            ("mohamed-bazoum", ArticleKind.Person),
            ("nigerien-party-for-democracy-and-socialism", ArticleKind.Group),
            ("banibangou", ArticleKind.Region),
            ("operation-almahaou", ArticleKind.Event));
    }

    [Fact]
    public async Task A_department_of_the_region_is_two_places()
    {
        // "near Adab-Dab, in the Banibangou Department of the Tillabéri Region, Niger"
        var attack = await StatementsAsync("banibangou-attack-2021");
        Assert.Contains("location Banibangou Department", attack);
        Assert.Contains("location Tillabéri Region", attack);
        Assert.DoesNotContain(await WantedAsync(), name => name.Contains("Department of the", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_partys_short_form_in_its_bracket_is_its_alias()
    {
        // "The Nigerien Party for Democracy and Socialism (PNDS-Tarayya) is …": an acronym and a word, as parties write their short form.
        Assert.Contains("PNDS-Tarayya", await AliasesAsync("nigerien-party-for-democracy-and-socialism"));
        Assert.DoesNotContain("PNDS-Tarayya", await WantedAsync());
    }
}
