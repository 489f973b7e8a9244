using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A sixty-fifth page that no rule was written from (Niger's coup of April 1974, Seyni Kountché,
/// Hamani Diori, the Supreme Military Council, Niamey, Ali Saibou), its expectations written before its
/// first import (12 of its 13 statements, none wrong; kinds and aliases right; a junta's end missed).
/// Its statements are in <c>expected/nigerien-coup-1974.statements.txt</c>.
/// </summary>
public sealed class SixtyFifthUnseenPageTests() : ImportedPage("nigerien-coup-1974.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("1974-nigerien-coup-detat", ArticleKind.Event),
            ("seyni-kountche", ArticleKind.Person),
            ("hamani-diori", ArticleKind.Person),
            ("supreme-military-council-niger", ArticleKind.Group),
            ("niamey", ArticleKind.Region),
            ("ali-saibou", ArticleKind.Person));
    }

    [Fact]
    public async Task A_coup_a_junta_and_three_heads_of_state_are_dated_as_written()
    {
        // "on 15 April 1974"; "ruled Niger from 15 April 1974 to 1989"
        Assert.Equal("1974-04-15", (await DateAsync("1974-nigerien-coup-detat", DateLabel.Start)).Value);
        Assert.Equal("1974-04-15", (await DateAsync("supreme-military-council-niger", DateLabel.Founded)).Value);
        Assert.Equal("1989", (await DateAsync("supreme-military-council-niger", DateLabel.Dissolved)).Value);
        // "(1 July 1931 – 10 November 1987)"; "(6 June 1916 – 23 April 1989)"; "(1940 – 1 November 2011)"
        Assert.Equal("1931-07-01", (await DateAsync("seyni-kountche", DateLabel.Born)).Value);
        Assert.Equal("1987-11-10", (await DateAsync("seyni-kountche", DateLabel.Died)).Value);
        Assert.Equal("1916-06-06", (await DateAsync("hamani-diori", DateLabel.Born)).Value);
        Assert.Equal("1989-04-23", (await DateAsync("hamani-diori", DateLabel.Died)).Value);
        Assert.Equal("1940", (await DateAsync("ali-saibou", DateLabel.Born)).Value);
        Assert.Equal("2011-11-01", (await DateAsync("ali-saibou", DateLabel.Died)).Value);
    }

    [Fact]
    public async Task An_office_and_a_chair_end_when_what_ended_them_is_dated()
    {
        // "the first President of Niger, from 1960 until he was overthrown in 1974"
        var presidency = await QualifiersAsync("hamani-diori", "position_held", "President of Niger");
        Assert.Equal(("1960", "1974"), (presidency["from"], presidency["to"]));
        // "It was chaired by Seyni Kountché until his death in 1987" (his own snippet's "He chaired …" gives no period)
        Assert.Contains(await QualifierSetsAsync("supreme-military-council-niger", "led_by", "seyni-kountche"), period => period.GetValueOrDefault("to") == "1987");
    }

    [Fact]
    public async Task A_junta_keeps_its_initials_and_french_name()
    {
        Assert.Equal(["CMS", "Conseil militaire suprême", "Supreme Military Council"], (await AliasesAsync("supreme-military-council-niger")).Order(StringComparer.Ordinal));
        Assert.Empty(await AliasesAsync("niamey"));
    }
}
