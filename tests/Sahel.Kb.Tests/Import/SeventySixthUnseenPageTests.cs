using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A seventy-sixth page that no rule was written from, in the mirror's HTML (the kidnapping of Sophie
/// Pétronin in December 2016, Soumaïla Cissé, Gao, the Union for the Republic and Democracy, Sophie
/// Pétronin, the Niafunké Cercle), each snippet cut inside a word as the mirror cuts them, its
/// expectations written before its first import (9 of its 12 statements, 1 wrong: a place of death
/// "Par" from "in Par …"; the kidnapping filed as a person, its dates missed; 12 of 12 now). Its statements are in
/// <c>expected/kidnapping-of-sophie-petronin.statements.txt</c>.
/// </summary>
public sealed class SeventySixthUnseenPageTests() : ImportedPage("kidnapping-of-sophie-petronin.html")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("kidnapping-of-sophie-petronin", ArticleKind.Event),
            ("soumaila-cisse", ArticleKind.Person),
            ("gao", ArticleKind.Region),
            ("union-for-the-republic-and-democracy", ArticleKind.Group),
            ("sophie-petronin", ArticleKind.Person),
            ("niafunke-cercle", ArticleKind.Region));
    }

    [Fact]
    public async Task A_kidnapping_a_party_and_two_people_are_dated_as_written()
    {
        // "kidnapped on 24 December 2016 … released on 8 October 2020": held from the one day to the other
        Assert.Equal("2016-12-24", (await DateAsync("kidnapping-of-sophie-petronin", DateLabel.Start)).Value);
        Assert.Equal("2020-10-08", (await DateAsync("kidnapping-of-sophie-petronin", DateLabel.End)).Value);
        // "(20 December 1949 – 25 December 2020)"; "(born 1945)"; "founded in June 2003"
        Assert.Equal("1949-12-20", (await DateAsync("soumaila-cisse", DateLabel.Born)).Value);
        Assert.Equal("2020-12-25", (await DateAsync("soumaila-cisse", DateLabel.Died)).Value);
        Assert.Equal("1945", (await DateAsync("sophie-petronin", DateLabel.Born)).Value);
        var founded = await DateAsync("union-for-the-republic-and-democracy", DateLabel.Founded);
        Assert.Equal(("2003-06", DatePrecision.Month), (founded.Value, founded.Precision));
        // A city held "from June 2012 until … January 2013", a cercle controlled "since 2015": no place's own dates.
        Assert.Empty(await DatesAsync("gao"));
        Assert.Empty(await DatesAsync("niafunke-cercle"));
    }

    [Fact]
    public async Task A_minister_holds_his_office_for_the_years_written()
    {
        var office = await QualifiersAsync("soumaila-cisse", "position_held", "Minister of Finance");
        Assert.Equal(("1993", "2000"), (office["from"], office["to"]));
    }

    [Fact]
    public async Task A_party_keeps_its_initials_and_french_name_and_a_hostage_is_no_other_name_of_her_kidnapping()
    {
        Assert.Equal(["URD", "Union pour la République et la Démocratie"], (await AliasesAsync("union-for-the-republic-and-democracy")).Order(StringComparer.Ordinal));
        Assert.Empty(await AliasesAsync("kidnapping-of-sophie-petronin"));
        Assert.Empty(await AliasesAsync("gao"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Alliance for Democracy in Mali"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Songhai Empire"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Inner Niger Delta"));
        var wanted = await WantedAsync();
        Assert.DoesNotContain("Gouagnon Coulibal", wanted);
        Assert.DoesNotContain("Par", wanted);
        // "died of COVID-19", "took the name Mariam": an illness and her own new name are no articles to write.
        Assert.DoesNotContain("COVID-19", wanted);
        Assert.DoesNotContain("Mariam", wanted);
    }
}
