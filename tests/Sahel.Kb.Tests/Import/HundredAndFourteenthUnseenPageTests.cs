using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A hundred-and-fourteenth page that no rule was written from (the Kpinkankandi attack of 2022, Kpinkankandi, the Kpendjal
/// Prefecture, the Togolese Armed Forces, Faure Gnassingbé), each snippet cut inside a word as the mirror cuts them, its
/// expectations written before its first import. Its statements are in <c>expected/kpinkankandi-attack.statements.txt</c>.
/// </summary>
public sealed class HundredAndFourteenthUnseenPageTests() : ImportedPage("kpinkankandi-attack.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("kpinkankandi-attack", ArticleKind.Event),
            ("kpinkankandi", ArticleKind.Region),
            ("kpendjal-prefecture", ArticleKind.Region),
            ("togolese-armed-forces", ArticleKind.Group),
            ("faure-gnassingbe", ArticleKind.Person));
    }

    [Fact]
    public async Task An_attack_and_a_president_are_dated_as_written()
    {
        // "took place before dawn on 11 May 2022"; "(born 6 June 1966)"
        Assert.Equal("2022-05-11", (await DateAsync("kpinkankandi-attack", DateLabel.Start)).Value);
        Assert.Equal("1966-06-06", (await DateAsync("faure-gnassingbe", DateLabel.Born)).Value);
    }

    [Fact]
    public async Task A_village_and_forces_have_none_of_a_post_s_or_an_operation_s_dates()
    {
        // "Its army post, set up in 2021"; "Operation Koundjoaré, launched in 2018"
        Assert.Empty(await DatesAsync("kpinkankandi"));
        Assert.Empty(await DatesAsync("togolese-armed-forces"));
    }

    [Fact]
    public async Task A_prefecture_is_named_alone_and_the_forces_by_their_french_name_and_acronym()
    {
        // "Kpendjal is a prefecture …"; "(French: Forces armées togolaises, FAT)"
        Assert.Contains("Kpendjal", await AliasesAsync("kpendjal-prefecture"));
        var aliases = await AliasesAsync("togolese-armed-forces");
        Assert.Contains("Forces armées togolaises", aliases);
        Assert.Contains("FAT", aliases);
    }

    [Fact]
    public async Task Each_office_keeps_its_own_period()
    {
        // "President of Togo since 4 May 2005"; "Minister of Equipment, Mines, Posts and Telecommunications from 2003 to 2005"; "In 2025 he became …"
        Assert.Equal("2005-05-04", (await QualifiersAsync("faure-gnassingbe", "position_held", "President of Togo"))["from"]);
        var minister = await QualifiersAsync("faure-gnassingbe", "position_held", "Minister of Equipment, Mines, Posts and Telecommunications");
        Assert.Equal("2003", minister["from"]);
        Assert.Equal("2005", minister["to"]);
        Assert.Equal("2025", (await QualifiersAsync("faure-gnassingbe", "position_held", "President of the Council of Ministers"))["from"]);
    }

    [Fact]
    public async Task Borders_a_seat_and_a_father_are_no_part_of_the_facts()
    {
        // "near the border with Burkina Faso"; "bordering Burkina Faso and Benin. Its seat is Mandouri"; "succeeding his father, Gnassingbé Eyadéma"
        Assert.DoesNotContain(await StatementsAsync("kpinkankandi-attack"), s => s.Contains("Burkina", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("kpendjal-prefecture"), s => s.Contains("Burkina", StringComparison.Ordinal) || s.Contains("Benin", StringComparison.Ordinal) || s.Contains("Mandouri", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("faure-gnassingbe"), s => s.Contains("Eyadéma", StringComparison.Ordinal) || s.Contains("Paris", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Names_without_their_articles_are_wanted_with_their_kinds()
    {
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Jama'at Nasr al-Islam wal Muslimin"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Savanes Region"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Togo"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Mandouri"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Afagnan"));
        Assert.Equal(ArticleKind.Event, await WantedKindAsync("Operation Koundjoaré"));
    }
}
