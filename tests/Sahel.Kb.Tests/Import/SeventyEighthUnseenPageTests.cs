using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A seventy-eighth page that no rule was written from (the El Geneina massacres of 2023, the Rapid
/// Support Forces, Mohamed Hamdan Dagalo, El Geneina, West Darfur, Khamis Abakar), each snippet cut
/// inside a word as the mirror cuts them, its expectations written before its first import (5 of its 13
/// statements, none wrong; a state of Sudan filed as a group; 13 of 13 now). Its statements are in
/// <c>expected/el-geneina-massacres.statements.txt</c>.
/// </summary>
public sealed class SeventyEighthUnseenPageTests() : ImportedPage("el-geneina-massacres.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("el-geneina-massacres", ArticleKind.Event),
            ("rapid-support-forces", ArticleKind.Group),
            ("mohamed-hamdan-dagalo", ArticleKind.Person),
            ("el-geneina", ArticleKind.Region),
            ("west-darfur", ArticleKind.Region),
            ("khamis-abakar", ArticleKind.Person));
    }

    [Fact]
    public async Task Massacres_a_force_a_state_and_a_governor_are_dated_as_written()
    {
        // "between April and November 2023"
        var start = await DateAsync("el-geneina-massacres", DateLabel.Start);
        Assert.Equal(("2023-04", DatePrecision.Month), (start.Value, start.Precision));
        Assert.Equal("2023-11", (await DateAsync("el-geneina-massacres", DateLabel.End)).Value);
        // "formed in August 2013"; "created in 1994"; "(died 14 June 2023)"
        Assert.Equal("2013-08", (await DateAsync("rapid-support-forces", DateLabel.Founded)).Value);
        Assert.Equal("1994", (await DateAsync("west-darfur", DateLabel.Founded)).Value);
        Assert.Equal("2023-06-14", (await DateAsync("khamis-abakar", DateLabel.Died)).Value);
        // "(born 1974 or 1975)": no one year; a city's fighting "of 2023" is not its date.
        Assert.Empty(await DatesAsync("mohamed-hamdan-dagalo"));
        Assert.Empty(await DatesAsync("el-geneina"));
    }

    [Fact]
    public async Task Offices_are_held_for_the_years_written()
    {
        var deputy = await QualifiersAsync("mohamed-hamdan-dagalo", "position_held", "Deputy Chairman of the Transitional Sovereignty Council");
        Assert.Equal(("2019", "2023"), (deputy["from"], deputy["to"]));
        // "from 2021 until his death": the day he died, which his own opening gives ("died 14 June 2023"; read so after the page's first import).
        var governor = await QualifiersAsync("khamis-abakar", "position_held", "Governor of West Darfur");
        Assert.Equal(("2021", "2023-06-14"), (governor["from"], governor["to"]));
    }

    [Fact]
    public async Task A_leader_keeps_his_nickname_and_a_city_its_other_spelling()
    {
        Assert.Equal(["Hemedti"], await AliasesAsync("mohamed-hamdan-dagalo"));
        Assert.Equal(["Al-Junaynah"], await AliasesAsync("el-geneina"));
        Assert.Equal(["RSF"], await AliasesAsync("rapid-support-forces"));
        Assert.Equal(ArticleKind.Person, await WantedKindAsync("Abdel Fattah al-Burhan"));
        var wanted = await WantedAsync();
        Assert.DoesNotContain("Abdel Fattah al-Burh", wanted);
    }
}
