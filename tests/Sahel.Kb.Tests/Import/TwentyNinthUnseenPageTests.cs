using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A twenty-ninth page that no rule was written from (the battle of Tessit in 2022, Abdoulaye Diop,
/// Tessit, the Movement for the Salvation of Azawad, the Liptako-Gourma Charter), read before its
/// first import (17 of its 18 statements, none wrong). Its statements are in
/// <c>expected/battle-of-tessit.statements.txt</c>.
/// </summary>
public sealed class TwentyNinthUnseenPageTests() : ImportedPage("battle-of-tessit.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind_with_its_dates()
    {
        await AssertKindsAsync(
            ("battle-of-tessit-2022", ArticleKind.Event),
            ("abdoulaye-diop-politician", ArticleKind.Person),
            ("tessit", ArticleKind.Region),
            ("movement-for-the-salvation-of-azawad", ArticleKind.Group),
            ("liptako-gourma-charter", ArticleKind.Agreement));

        // "took place on 7 August 2022"; "founded in September 2016"; "signed on 16 September 2023".
        Assert.Equal("2022-08-07", Assert.Single(await DatesAsync("battle-of-tessit-2022")).Value);
        Assert.Equal("2016-09", Assert.Single(await DatesAsync("movement-for-the-salvation-of-azawad")).Value);
        Assert.Equal("2023-09-16", Assert.Single(await DatesAsync("liptako-gourma-charter")).Value);
    }

    [Fact]
    public async Task A_side_whose_camp_was_attacked_is_named_before_the_camp()
    {
        // "fighters of the Islamic State in the Greater Sahara attacked a Malian Armed Forces camp in Tessit"
        var battle = await StatementsAsync("battle-of-tessit-2022");
        Assert.Contains("participant Islamic State in the Greater Sahara", battle);
        Assert.Contains("participant Malian Armed Forces", battle);
        Assert.Equal("2", (await QualifiersAsync("battle-of-tessit-2022", "participant", "Malian Armed Forces"))["side"]);
    }

    [Fact]
    public async Task The_minister_under_a_president_is_no_statement_of_the_president()
    {
        // "has served as Minister of Foreign Affairs of Mali since June 2021, under President Assimi Goïta"
        Assert.Equal(["place_of_birth Bamako", "position_held Minister of Foreign Affairs of Mali"], (await StatementsAsync("abdoulaye-diop-politician")).Order(StringComparer.Ordinal));
        Assert.Equal("2021-06", (await QualifiersAsync("abdoulaye-diop-politician", "position_held", "Minister of Foreign Affairs of Mali"))["from"]);
    }
}
