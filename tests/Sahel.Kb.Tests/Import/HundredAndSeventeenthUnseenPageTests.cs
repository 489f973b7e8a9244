using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A hundred-and-seventeenth page that no rule was written from (the Patriotic Liberation Front of Niger, Mahmoud Salah, the
/// Niger–Benin oil pipeline, Salkadamna, Agadem), each snippet cut inside a word as the mirror cuts them, its expectations
/// written before its first import. Its statements are in <c>expected/patriotic-liberation-front-niger.statements.txt</c>.
/// </summary>
public sealed class HundredAndSeventeenthUnseenPageTests() : ImportedPage("patriotic-liberation-front-niger.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("patriotic-liberation-front-niger", ArticleKind.Group),
            ("mahmoud-salah", ArticleKind.Person),
            ("niger-benin-oil-pipeline", ArticleKind.Region),
            ("salkadamna", ArticleKind.Region),
            ("agadem", ArticleKind.Region));
    }

    [Fact]
    public async Task A_group_and_a_pipeline_are_dated_as_written()
    {
        // "founded in August 2023"; "opened in 2023"
        Assert.Equal("2023-08", (await DateAsync("patriotic-liberation-front-niger", DateLabel.Founded)).Value);
        Assert.Equal("2023", (await DateAsync("niger-benin-oil-pipeline", DateLabel.Founded)).Value);
    }

    [Fact]
    public async Task An_oasis_and_a_village_have_none_of_an_oil_field_s_or_an_attack_s_dates()
    {
        // "the oil field …, which the China National Petroleum Corporation has worked since 2011"; "in June 2024 rebels … blew up a section"
        Assert.Empty(await DatesAsync("agadem"));
        Assert.Empty(await DatesAsync("salkadamna"));
        Assert.Empty(await DatesAsync("mahmoud-salah"));
    }

    [Fact]
    public async Task A_group_is_named_by_its_acronym_its_french_name_and_its_title_without_the_country()
    {
        var aliases = await AliasesAsync("patriotic-liberation-front-niger");
        Assert.Contains("FPL", aliases);
        Assert.Contains("Front patriotique de libération", aliases);
        Assert.Contains("Patriotic Liberation Front", aliases);
    }

    [Fact]
    public async Task A_founder_s_past_a_deposed_president_and_a_claimed_attack_are_no_part_of_the_group_s_facts()
    {
        // "founded … by Mahmoud Salah, a former member of the Movement for Justice …"; "the release of the deposed president Mohamed Bazoum";
        // "it claimed an attack on the Niger–Benin oil pipeline near Salkadamna"
        Assert.DoesNotContain(await StatementsAsync("patriotic-liberation-front-niger"), s => s.Contains("Movement for Justice", StringComparison.Ordinal)
            || s.Contains("Bazoum", StringComparison.Ordinal) || s.Contains("pipeline", StringComparison.Ordinal) || s.Contains("salkadamna", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("niger-benin-oil-pipeline"), s => s.Contains("Tahoua", StringComparison.Ordinal) || s.Contains("Dosso", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Names_without_their_articles_are_wanted_with_their_kinds()
    {
        Assert.Equal(ArticleKind.Person, await WantedKindAsync("Mohamed Bazoum"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Movement for Justice and Rehabilitation of Niger"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Agadez Region"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Tahoua Region"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Diffa Region"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Agadez"));
    }
}
