using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A thirty-ninth page that no rule was written from (the Tchin-Tabaraden massacre of 1990,
/// Tchin-Tabaraden, the Tuareg rebellion of 1990–1995, Rhissa Ag Boula, the Tahoua Region, the
/// Ouagadougou Accords of 1995), read before its first import (17 of its 21 statements right, one
/// wrong). Its statements are in
/// <c>expected/tchin-tabaraden-massacre.statements.txt</c>.
/// </summary>
public sealed class ThirtyNinthUnseenPageTests() : ImportedPage("tchin-tabaraden-massacre.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("tchin-tabaraden-massacre-1990", ArticleKind.Event),
            ("tchin-tabaraden", ArticleKind.Region),
            ("tuareg-rebellion-1990-1995", ArticleKind.Event),
            ("rhissa-ag-boula", ArticleKind.Person),
            ("tahoua-region", ArticleKind.Region),
            ("ouagadougou-accords-1995", ArticleKind.Agreement));
    }

    [Fact]
    public async Task Each_date_is_its_articles_own()
    {
        // "carried out in May 1990" (the attack it answered, "on 7 May 1990", is not the massacre); "(born 1957)";
        // "signed on 24 April 1995"; attacks on a region "since 2019" are no date of the region.
        Assert.Equal("1990-05", Assert.Single(await DatesAsync("tchin-tabaraden-massacre-1990")).Value);
        Assert.Equal("1957", Assert.Single(await DatesAsync("rhissa-ag-boula")).Value);
        Assert.Equal("1995-04-24", Assert.Single(await DatesAsync("ouagadougou-accords-1995")).Value);
        Assert.Equal(["1990", "1995"], (await DatesAsync("tuareg-rebellion-1990-1995")).Select(d => d.Value).Order());
        Assert.Empty(await DatesAsync("tahoua-region"));
    }

    [Fact]
    public async Task What_a_massacre_answered_and_what_it_is_seen_as_are_no_facts_of_it()
    {
        // "after Tuareg youths had attacked the town's prison"; "The killings are seen as the start of the Tuareg rebellion of 1990–1995"
        var massacre = await StatementsAsync("tchin-tabaraden-massacre-1990");
        Assert.DoesNotContain(massacre, s => s.StartsWith("part_of", StringComparison.Ordinal) || s.StartsWith("participant", StringComparison.Ordinal));
        Assert.Contains("perpetrator Nigerien Armed Forces", massacre);
    }
}
