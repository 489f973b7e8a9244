using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A ninety-fifth page that no rule was written from (the N'Djamena ceasefire of 2004, the Sudan
/// Liberation Movement/Army, the Justice and Equality Movement, the War in Darfur, the African Union
/// Mission in Sudan), each snippet cut inside a word as the mirror cuts them, its expectations written
/// before its first import. Its statements are in <c>expected/ndjamena-ceasefire-agreement-2004.statements.txt</c>.
/// </summary>
public sealed class NinetyFifthUnseenPageTests() : ImportedPage("ndjamena-ceasefire-agreement-2004.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("ndjamena-ceasefire-agreement", ArticleKind.Agreement),
            ("sudan-liberation-movement-army", ArticleKind.Group),
            ("justice-and-equality-movement", ArticleKind.Group),
            ("war-in-darfur", ArticleKind.Event),
            ("african-union-mission-in-sudan", ArticleKind.Group));
    }

    [Fact]
    public async Task An_agreement_is_signed_a_war_begins_and_a_mission_is_created()
    {
        // "signed on 8 April 2004"; "began in February 2003"; "created in 2004"; "founded in 2002"; "founded in 2001"
        Assert.Equal("2004-04-08", (await DateAsync("ndjamena-ceasefire-agreement", DateLabel.Signed)).Value);
        Assert.Equal(("2003-02", DatePrecision.Month), await DateAsync("war-in-darfur", DateLabel.Start) is var start ? (start.Value, start.Precision) : default);
        Assert.Equal("2004", (await DateAsync("african-union-mission-in-sudan", DateLabel.Founded)).Value);
        Assert.Equal("2002", (await DateAsync("sudan-liberation-movement-army", DateLabel.Founded)).Value);
        Assert.Equal("2001", (await DateAsync("justice-and-equality-movement", DateLabel.Founded)).Value);
    }

    [Fact]
    public async Task Official_former_and_short_names_are_aliases()
    {
        // "officially the Humanitarian Ceasefire Agreement on the Conflict in Darfur"; "founded in 2002 as the Darfur Liberation Front"
        Assert.Contains("Humanitarian Ceasefire Agreement on the Conflict in Darfur", await AliasesAsync("ndjamena-ceasefire-agreement"));
        var movement = await AliasesAsync("sudan-liberation-movement-army");
        Assert.Contains("SLM/A", movement);
        Assert.Contains("Darfur Liberation Front", movement);
        Assert.Contains("JEM", await AliasesAsync("justice-and-equality-movement"));
        Assert.Contains("AMIS", await AliasesAsync("african-union-mission-in-sudan"));
    }

    [Fact]
    public async Task The_mediator_signs_nothing()
    {
        // "Mediated by Chad under President Idriss Déby": Chad is where it was signed, not a signatory.
        var agreement = await StatementsAsync("ndjamena-ceasefire-agreement");
        Assert.DoesNotContain("signatory Chad", agreement);
        Assert.DoesNotContain(agreement, s => s.Contains("Idriss", StringComparison.Ordinal));
    }
}
