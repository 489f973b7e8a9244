using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A thirty-seventh page that no rule was written from (the battle of Nampala in 2016, Nampala, the
/// Niono Cercle, the ANSIPRJ, Oumar Al Janah, the Nampala attack of 2015), read before its first
/// import (14 of its 15 statements right, one wrong, the alias missed). Its statements are in
/// <c>expected/battle-of-nampala.statements.txt</c>.
/// </summary>
public sealed class ThirtySeventhUnseenPageTests() : ImportedPage("battle-of-nampala.txt")
{
    private const string Alliance = "national-alliance-for-the-protection-of-peul-identity-and-the-restoration-of-justice";

    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("battle-of-nampala-2016", ArticleKind.Event),
            ("nampala", ArticleKind.Region),
            ("niono-cercle", ArticleKind.Region),
            (Alliance, ArticleKind.Group),
            ("oumar-al-janah", ArticleKind.Person),
            ("nampala-attack-2015", ArticleKind.Event));
    }

    [Fact]
    public async Task Each_date_is_its_articles_own()
    {
        // "fought on 19 July 2016"; "created in June 2016"; "took place on 5 January 2015". The village's camp attacked
        // in 2015 and 2016, lands settled from the 1930s and an exile in 2016 are no date of the village, the cercle or the man.
        Assert.Equal("2016-07-19", Assert.Single(await DatesAsync("battle-of-nampala-2016")).Value);
        Assert.Equal("2016-06", Assert.Single(await DatesAsync(Alliance)).Value);
        Assert.Equal("2015-01-05", Assert.Single(await DatesAsync("nampala-attack-2015")).Value);
        Assert.Empty(await DatesAsync("nampala"));
        Assert.Empty(await DatesAsync("oumar-al-janah"));
    }

    [Fact]
    public async Task A_claim_names_no_perpetrator()
    {
        // "The ANSIPRJ also claimed the attack"; "claimed by Ansar Dine and attributed by Malian officials to fighters of the Macina Liberation Front"
        Assert.DoesNotContain(await StatementsAsync("battle-of-nampala-2016"), s => s.StartsWith("perpetrator", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("nampala-attack-2015"), s => s.StartsWith("perpetrator", StringComparison.Ordinal) || s.StartsWith("participant", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_bracketed_short_form_is_the_alliances_alias_and_its_founders_words_are_his()
    {
        // "(ANSIPRJ)"; "created … by Oumar Al Janah, a former official of the Ministry of Justice"
        Assert.Contains("ANSIPRJ", await AliasesAsync(Alliance));
        Assert.Equal(["founded_by oumar-al-janah"], await StatementsAsync(Alliance));
    }
}
