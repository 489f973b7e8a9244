using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A hundred-and-fifteenth page that no rule was written from (Black Thursday in Chad, 2022, Moundou, Succès Masra, Saleh
/// Kebzabo, Koro Toro), each snippet cut inside a word as the mirror cuts them, its expectations written before its first
/// import. Its statements are in <c>expected/black-thursday-chad.statements.txt</c>.
/// </summary>
public sealed class HundredAndFifteenthUnseenPageTests() : ImportedPage("black-thursday-chad.txt")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("black-thursday-chad", ArticleKind.Event),
            ("moundou", ArticleKind.Region),
            ("succes-masra", ArticleKind.Person),
            ("saleh-kebzabo", ArticleKind.Person),
            ("koro-toro", ArticleKind.Region));
    }

    [Fact]
    public async Task A_repression_and_two_politicians_are_dated_as_written()
    {
        // "protests in Chad on 20 October 2022"; "(born 30 August 1983)"; "(born 1947)"
        Assert.Equal("2022-10-20", (await DateAsync("black-thursday-chad", DateLabel.Start)).Value);
        Assert.Equal("1983-08-30", (await DateAsync("succes-masra", DateLabel.Born)).Value);
        Assert.Equal("1947", (await DateAsync("saleh-kebzabo", DateLabel.Born)).Value);
    }

    [Fact]
    public async Task A_village_has_none_of_its_prison_s_dates_and_a_city_none_of_a_day_of_protest()
    {
        // "its high-security prison, opened in 2011"; "During the protests of 20 October 2022 security forces killed …"
        Assert.Empty(await DatesAsync("koro-toro"));
        Assert.Empty(await DatesAsync("moundou"));
    }

    [Fact]
    public async Task An_event_titled_with_its_country_is_named_without_it()
    {
        Assert.Contains("Black Thursday", await AliasesAsync("black-thursday-chad"));
    }

    [Fact]
    public async Task Each_prime_minister_keeps_his_own_term()
    {
        var masra = await QualifiersAsync("succes-masra", "position_held", "Prime Minister of Chad");
        Assert.Equal("2024-01-01", masra["from"]);
        Assert.Equal("2024-05-22", masra["to"]);
        var kebzabo = await QualifiersAsync("saleh-kebzabo", "position_held", "Prime Minister of Chad");
        Assert.Equal("2022-10-12", kebzabo["from"]);
        Assert.Equal("2024-01-01", kebzabo["to"]);
    }

    [Fact]
    public async Task A_prison_the_arrested_were_taken_to_and_a_land_of_exile_are_no_part_of_the_facts()
    {
        // "Hundreds of young men were arrested and taken to the prison of Koro Toro"; "he lived in exile in the United States";
        // "lies near the Doba oil fields"
        Assert.DoesNotContain(await StatementsAsync("black-thursday-chad"), s => s.Contains("koro-toro", StringComparison.Ordinal) || s.Contains("Déby", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("succes-masra"), s => s.Contains("United States", StringComparison.Ordinal) || s.Contains("Djamena", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("moundou"), s => s.Contains("Doba", StringComparison.Ordinal) || s.Contains("Logone river", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Names_without_their_articles_are_wanted_with_their_kinds()
    {
        Assert.Equal(ArticleKind.Person, await WantedKindAsync("Mahamat Déby"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("N'Djamena"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Logone Occidental Province"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Les Transformateurs"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Borkou Province"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Djurab Desert"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("National Union for Development and Renewal"));
    }
}
