using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A hundred-and-thirty-second page that no rule was written from (the Southern Kaduna crisis, Kafanchan, Jema'a, the Southern
/// Kaduna People's Union, Nasir El-Rufai), saved as HTML, each snippet cut inside a word as the mirror cuts them, its
/// expectations written before its first import. Its statements are in <c>expected/southern-kaduna-crisis.statements.txt</c>.
/// </summary>
public sealed class HundredAndThirtySecondUnseenPageTests() : ImportedPage("southern-kaduna-crisis.html")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("southern-kaduna-crisis", ArticleKind.Event),
            ("kafanchan", ArticleKind.Region),
            ("jemaa", ArticleKind.Region),
            ("southern-kaduna-peoples-union", ArticleKind.Group),
            ("nasir-el-rufai", ArticleKind.Person));
    }

    [Fact]
    public async Task A_birth_is_dated_and_a_town_not_by_the_riots_it_saw()
    {
        // "(born 16 February 1960)"; "the scene of religious riots in March 1987 …, and of clashes again in 2011"
        Assert.Equal("1960-02-16", (await DateAsync("nasir-el-rufai", DateLabel.Born)).Value);
        Assert.Empty(await DatesAsync("kafanchan"));
        Assert.Empty(await DatesAsync("jemaa"));
    }

    [Fact]
    public async Task Offices_keep_their_periods_and_names_their_fuller_forms()
    {
        // "Governor of Kaduna State from 29 May 2015 to 29 May 2023"; "Minister of the Federal Capital Territory from 2003 to 2007"
        var governor = await QualifiersAsync("nasir-el-rufai", "position_held", "Governor of Kaduna State");
        Assert.Equal(("2015-05-29", "2023-05-29"), (governor["from"], governor["to"]));
        var minister = await QualifiersAsync("nasir-el-rufai", "position_held", "Minister of the Federal Capital Territory");
        Assert.Equal(("2003", "2007"), (minister["from"], minister["to"]));
        Assert.Contains("Nasir Ahmad El-Rufai", await AliasesAsync("nasir-el-rufai"));
        Assert.Contains("SOKAPU", await AliasesAsync("southern-kaduna-peoples-union"));
    }

    [Fact]
    public async Task Peoples_earlier_riots_and_a_president_served_under_are_no_part_of_the_facts()
    {
        // "between Fulani herders and the mostly Christian farming peoples"; "It grew out of the riots of 1987 in Kafanchan"; "under President Olusegun Obasan…"
        Assert.DoesNotContain(await StatementsAsync("southern-kaduna-crisis"), s => s.StartsWith("participant", StringComparison.Ordinal) || s.Contains("kafanchan", StringComparison.Ordinal) || s.Contains("Fulani", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("nasir-el-rufai"), s => s.Contains("Obasanjo", StringComparison.Ordinal) || s.Contains("Abuja", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("kafanchan"), s => s.Contains("Zaria", StringComparison.Ordinal) || s.Contains("Port Harcourt", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("jemaa"), s => s.Contains("kafanchan", StringComparison.Ordinal) || s.Contains("Daroro", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Names_without_their_articles_are_wanted_with_their_kinds()
    {
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Kaduna State"));
        Assert.Equal(ArticleKind.Person, await WantedKindAsync("Jonathan Asake"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("All Progressives Congress"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Katsina State"));
    }
}
