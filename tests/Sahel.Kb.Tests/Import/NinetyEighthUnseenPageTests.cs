using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A ninety-eighth page that no rule was written from (the Sudanese coup of 2019, Omar al-Bashir, the Transitional
/// Military Council, Ahmed Awad Ibn Auf, the Sudanese Professionals Association, Khartoum), each snippet cut inside a
/// word as the mirror cuts them, its expectations written before its first import. Its statements are in
/// <c>expected/sudanese-coup-2019.statements.txt</c>.
/// </summary>
public sealed class NinetyEighthUnseenPageTests() : ImportedPage("sudanese-coup-2019.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("2019-sudanese-coup-detat", ArticleKind.Event),
            ("omar-al-bashir", ArticleKind.Person),
            ("transitional-military-council-sudan", ArticleKind.Group),
            ("ahmed-awad-ibn-auf", ArticleKind.Person),
            ("sudanese-professionals-association", ArticleKind.Group),
            ("khartoum", ArticleKind.Region));
    }

    [Fact]
    public async Task A_coup_a_junta_two_men_a_body_and_a_city_are_dated_as_written()
    {
        // "took place on 11 April 2019"; "(born 1 January 1944)"; "ruled Sudan from 11 April 2019 to 20 August 2019";
        // "(born 1957)"; "formed in October 2016"; "It was founded in 1821"
        Assert.Equal("2019-04-11", (await DateAsync("2019-sudanese-coup-detat", DateLabel.Start)).Value);
        Assert.Equal("1944-01-01", (await DateAsync("omar-al-bashir", DateLabel.Born)).Value);
        Assert.Equal("2019-04-11", (await DateAsync("transitional-military-council-sudan", DateLabel.Founded)).Value);
        Assert.Equal("2019-08-20", (await DateAsync("transitional-military-council-sudan", DateLabel.Dissolved)).Value);
        Assert.Equal("1957", (await DateAsync("ahmed-awad-ibn-auf", DateLabel.Born)).Value);
        Assert.Equal("2016-10", (await DateAsync("sudanese-professionals-association", DateLabel.Founded)).Value);
        Assert.Equal("1821", (await DateAsync("khartoum", DateLabel.Founded)).Value);
    }

    [Fact]
    public async Task A_deposed_president_lives_on_and_a_city_began_once()
    {
        // "He was deposed by the army on 11 April 2019": no death; "Fighting … began in the city on 15 April 2023": the war's.
        Assert.DoesNotContain(await DatesAsync("omar-al-bashir"), d => d.Label == DateLabel.Died);
        Assert.Single(await DatesAsync("khartoum"));
    }

    [Fact]
    public async Task Short_and_full_names_are_aliases()
    {
        Assert.Contains("Omar Hassan Ahmad al-Bashir", await AliasesAsync("omar-al-bashir"));
        Assert.Contains("TMC", await AliasesAsync("transitional-military-council-sudan"));
        Assert.Contains("SPA", await AliasesAsync("sudanese-professionals-association"));
    }

    [Fact]
    public async Task Each_chairman_leads_the_junta_for_his_own_time()
    {
        // "chaired first by Ahmed Awad Ibn Auf and, from 12 April 2019, by Abdel Fattah al-Burhan"
        var burhan = await QualifiersAsync("transitional-military-council-sudan", "led_by", "Abdel Fattah al-Burhan");
        Assert.Equal("2019-04-12", burhan["from"]);
        Assert.Contains("led_by ahmed-awad-ibn-auf", await StatementsAsync("transitional-military-council-sudan"));
    }

    [Fact]
    public async Task The_deposed_president_and_the_protesters_are_no_side_of_the_coup()
    {
        var coup = await StatementsAsync("2019-sudanese-coup-detat");
        Assert.DoesNotContain(coup, s => s.Contains("bashir", StringComparison.OrdinalIgnoreCase)
            || s.Contains("professionals", StringComparison.Ordinal) || s.Contains("ibn-auf", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bodies_and_a_village_without_their_articles_are_wanted_with_their_kinds()
    {
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Sudanese Armed Forces"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Forces of Freedom and Change"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Sovereignty Council"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Hosh Bannaga"));
    }
}
