using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A ninety-first page that no rule was written from (the Seytenga massacre of 2022, the Seno Province,
/// Dori, the Islamic State – Sahel Province), each snippet cut inside a word as the mirror cuts them, its
/// expectations written before its first import. Its statements are in
/// <c>expected/seytenga-massacre.statements.txt</c>.
/// </summary>
public sealed class NinetyFirstUnseenPageTests() : ImportedPage("seytenga-massacre.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("seytenga-massacre", ArticleKind.Event),
            ("seno-province", ArticleKind.Region),
            ("dori-burkina-faso", ArticleKind.Region),
            ("islamic-state-sahel-province", ArticleKind.Group));
    }

    [Fact]
    public async Task A_massacre_and_a_group_are_dated_as_written_and_a_province_has_no_date_of_its_own()
    {
        // "on the night of 11 to 12 June 2022"; "It was founded in 2015"
        var start = await DateAsync("seytenga-massacre", DateLabel.Start);
        Assert.Equal(("2022-06-11", DatePrecision.Day), (start.Value, start.Precision));
        Assert.Equal("2015", (await DateAsync("islamic-state-sahel-province", DateLabel.Founded)).Value);
        // "since 2017 it has been one of the areas most affected by the jihadist insurgency": the insurgency's years.
        Assert.Empty(await DatesAsync("seno-province"));
    }

    [Fact]
    public async Task Short_and_former_names_are_aliases_and_a_leader_has_his_start()
    {
        Assert.Contains("Seno", await AliasesAsync("seno-province"));
        Assert.Contains("Dori", await AliasesAsync("dori-burkina-faso"));
        var aliases = await AliasesAsync("islamic-state-sahel-province");
        Assert.Contains("ISSP", aliases);
        Assert.Contains("Islamic State in the Greater Sahara", aliases);
        // "It has been led since 2021 by Abu al-Bara al-Sahrawi"
        var sets = await QualifierSetsAsync("islamic-state-sahel-province", "led_by", "Abu al-Bara al-Sahrawi");
        Assert.Contains(sets, q => q.GetValueOrDefault("from") == "2021");
    }

    [Fact]
    public async Task Where_survivors_fled_is_no_place_of_the_massacre_and_names_are_wanted_with_their_kinds()
    {
        // "thousands of survivors fled to Dori, the capital of the Sahel Regi …"
        Assert.DoesNotContain("location dori-burkina-faso", await StatementsAsync("seytenga-massacre"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Falagountou"));
        Assert.Equal(ArticleKind.Person, await WantedKindAsync("Adnan Abu Walid al-Sahrawi"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Niger"));
    }
}
