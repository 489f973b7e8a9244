using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A hundred-and-thirty-fifth page that no rule was written from, saved as HTML (the kidnapping of Jeffery Woodke in 2016,
/// Abalak, Olivier Dubois, Jeune Afrique, Béchir Ben Yahmed), each snippet cut inside a word as the mirror cuts them, its
/// expectations written before its first import. Its statements are in <c>expected/kidnapping-of-jeffery-woodke.statements.txt</c>.
/// </summary>
public sealed class HundredAndThirtyFifthUnseenPageTests() : ImportedPage("kidnapping-of-jeffery-woodke.html")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        // A magazine is a body, as a company is.
        await AssertKindsAsync(
            ("kidnapping-of-jeffery-woodke", ArticleKind.Event),
            ("abalak", ArticleKind.Region),
            ("olivier-dubois", ArticleKind.Person),
            ("jeune-afrique", ArticleKind.Group),
            ("bechir-ben-yahmed", ArticleKind.Person));
    }

    [Fact]
    public async Task A_kidnapping_a_magazine_and_lives_are_dated_as_written_and_a_town_not_by_the_kidnapping_in_it()
    {
        // "kidnapped on 14 October 2016 … released on 20 March 2023"; "founded in Tunis in 1960"; "(born 1974)";
        // "(2 April 1928 – 3 May 2021)"; "in October 2016 the American aid worker … was kidnapped from his home the…"
        Assert.Equal("2016-10-14", (await DateAsync("kidnapping-of-jeffery-woodke", DateLabel.Start)).Value);
        Assert.Equal("2023-03-20", (await DateAsync("kidnapping-of-jeffery-woodke", DateLabel.End)).Value);
        Assert.Equal("1960", (await DateAsync("jeune-afrique", DateLabel.Founded)).Value);
        Assert.Equal("1974", (await DateAsync("olivier-dubois", DateLabel.Born)).Value);
        Assert.Equal("1928-04-02", (await DateAsync("bechir-ben-yahmed", DateLabel.Born)).Value);
        Assert.Equal("2021-05-03", (await DateAsync("bechir-ben-yahmed", DateLabel.Died)).Value);
        Assert.Empty(await DatesAsync("abalak"));
    }

    [Fact]
    public async Task An_office_keeps_its_period()
    {
        // "Secretary of State for Information in the first government of Habib Bourguiba from 1956 to 1957"
        var office = await QualifiersAsync("bechir-ben-yahmed", "position_held", "Secretary of State for Information");
        Assert.Equal(("1956", "1957"), (office["from"], office["to"]));
    }

    [Fact]
    public async Task Holders_a_destination_a_measured_town_and_a_founding_city_are_no_part_of_the_facts()
    {
        // "held by the Islamic State in the Greater Sahara and later by Jama'at Nasr al-Islam wal Muslimin"; "towards the border with Mali";
        // "north-east of Tahoua"; "founded in Tunis"; "in the first government of Habib Bourguiba"
        Assert.DoesNotContain(await StatementsAsync("kidnapping-of-jeffery-woodke"), s => s.Contains("Islamic State", StringComparison.Ordinal) || s.Contains("Jama'at", StringComparison.Ordinal) || s.Contains("\"Mali\"", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("abalak"), s => s.Contains("\"Tahoua\"", StringComparison.Ordinal) || s.Contains("Agadez", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("jeune-afrique"), s => s.Contains("Tunis", StringComparison.Ordinal) || s.Contains("Paris", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("olivier-dubois"), s => s.Contains("Jama'at", StringComparison.Ordinal) || s.Contains("Gao", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("bechir-ben-yahmed"), s => s.Contains("Bourguiba", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Names_without_their_articles_are_wanted_with_their_kinds()
    {
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Tahoua Region"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Islamic State in the Greater Sahara"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Jama'at Nasr al-Islam wal Muslimin"));
        Assert.Equal(ArticleKind.Person, await WantedKindAsync("Habib Bourguiba"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Djerba"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Libération"));
    }
}
