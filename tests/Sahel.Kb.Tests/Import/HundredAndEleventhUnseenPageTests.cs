using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A hundred-and-eleventh page, saved as HTML, that no rule was written from (the Kafolo attack of 2020, Kafolo, Tchologo,
/// Comoé National Park, Hamed Bakayoko), each snippet cut inside a word as the mirror cuts them, its expectations written
/// before its first import. Its statements are in <c>expected/kafolo-attack.statements.txt</c>.
/// </summary>
public sealed class HundredAndEleventhUnseenPageTests() : ImportedPage("kafolo-attack.html")
{
    [Fact]
    public async Task Each_snippet_is_filed_under_its_kind()
    {
        await AssertKindsAsync(
            ("kafolo-attack", ArticleKind.Event),
            ("kafolo", ArticleKind.Region),
            ("tchologo", ArticleKind.Region),
            ("comoe-national-park", ArticleKind.Region),
            ("hamed-bakayoko", ArticleKind.Person));
    }

    [Fact]
    public async Task An_attack_a_region_and_a_prime_minister_are_dated_as_written()
    {
        // "on the night of 10 to 11 June 2020"; "created in 2011"; "(8 March 1965 – 10 March 2021)"
        Assert.Equal("2020-06-10", (await DateAsync("kafolo-attack", DateLabel.Start)).Value);
        Assert.Equal("2011", (await DateAsync("tchologo", DateLabel.Founded)).Value);
        Assert.Equal("1965-03-08", (await DateAsync("hamed-bakayoko", DateLabel.Born)).Value);
        Assert.Equal("2021-03-10", (await DateAsync("hamed-bakayoko", DateLabel.Died)).Value);
    }

    [Fact]
    public async Task A_village_attacked_and_a_park_listed_have_no_dates_of_their_own()
    {
        // "attacked by jihadists in June 2020, and again in March 2021"; "placed on the List of World Heritage in Danger in 2003"
        Assert.Empty(await DatesAsync("kafolo"));
        Assert.Empty(await DatesAsync("comoe-national-park"));
    }

    [Fact]
    public async Task Each_office_keeps_its_own_period()
    {
        // "Prime Minister of Ivory Coast from 30 July 2020 until his death"; "Minister of the Interior from 2011 to 2017 and Minister of Defence from 2017 to 2020"
        var premier = await QualifiersAsync("hamed-bakayoko", "position_held", "Prime Minister of Ivory Coast");
        Assert.Equal("2020-07-30", premier["from"]);
        Assert.Equal("2021-03-10", premier["to"]);
        var interior = await QualifiersAsync("hamed-bakayoko", "position_held", "Minister of the Interior");
        Assert.Equal("2011", interior["from"]);
        Assert.Equal("2017", interior["to"]);
        var defence = await QualifiersAsync("hamed-bakayoko", "position_held", "Minister of Defence");
        Assert.Equal("2017", defence["from"]);
        Assert.Equal("2020", defence["to"]);
    }

    [Fact]
    public async Task A_group_blamed_and_a_border_are_no_part_of_the_facts()
    {
        // "The government blamed Katiba Macina, which had crossed from Burkina Faso"; "near the border with Burkina Faso"; "bordering Burkina Faso and Mali"
        Assert.DoesNotContain(await StatementsAsync("kafolo-attack"), s => s.Contains("Katiba", StringComparison.Ordinal) || s.Contains("Burkina", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("kafolo"), s => s.Contains("Burkina", StringComparison.Ordinal));
        Assert.DoesNotContain(await StatementsAsync("tchologo"), s => s.Contains("Burkina", StringComparison.Ordinal) || s.EndsWith(" Mali", StringComparison.Ordinal) || s.Contains("Ferkess", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Names_without_their_articles_are_wanted_with_their_kinds()
    {
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Burkina Faso"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Katiba Macina"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Abidjan"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Ferkessédougou"));
        Assert.Equal(ArticleKind.Region, await WantedKindAsync("Savanes District"));
        Assert.Equal(ArticleKind.Group, await WantedKindAsync("Rally of Houphouëtists for Democracy and Peace"));
    }
}
