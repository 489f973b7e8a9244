using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A thirteenth page that no rule was written from (Mauritania: Lemgheity, Abdel Aziz, Ghazouani,
/// Hodh Ech Chargui; Mali: the Tamanrasset Accords, the FIAA, Boulkessi and Mondoro), in the
/// seed's longer form, read before its first import. Its statements are in
/// <c>expected/lemgheity-attack.statements.txt</c>; here, what is not a statement.
/// </summary>
public sealed class ThirteenthUnseenPageTests() : ImportedPage("lemgheity-attack.txt")
{
    [Fact]
    public async Task Each_snippet_is_of_the_kind_its_summary_says()
    {
        // "was an attack", "a … politician", "the easternmost region", "a ceasefire agreement", "attacks … against two camps",
        // "a … politician and retired general", "an Arab rebel group".
        await AssertKindsAsync(
            ("lemgheity-attack", ArticleKind.Event),
            ("mohamed-ould-abdel-aziz", ArticleKind.Person),
            ("hodh-ech-chargui-region", ArticleKind.Region),
            ("tamanrasset-accords", ArticleKind.Agreement),
            ("2019-boulkessi-and-mondoro-attacks", ArticleKind.Event),
            ("mohamed-ould-ghazouani", ArticleKind.Person),
            ("arab-islamic-front-of-azawad", ArticleKind.Group));
    }

    [Fact]
    public async Task The_name_a_summary_opens_with_is_an_alias_when_the_title_adds_a_year_or_a_kind_of_place()
    {
        // "The Boulkessi and Mondoro attacks were carried out …" (titled "2019 Boulkessi And Mondoro Attacks");
        // "Hodh Ech Chargui (Arabic: …) is the easternmost region of Mauritania" (titled "Hodh Ech Chargui Region").
        Assert.Contains("Boulkessi and Mondoro attacks", await AliasesAsync("2019-boulkessi-and-mondoro-attacks"));
        Assert.Contains("Hodh Ech Chargui", await AliasesAsync("hodh-ech-chargui-region"));
    }

    [Fact]
    public async Task A_full_name_before_the_name_a_person_is_commonly_known_by_is_an_alias()
    {
        var aliases = await AliasesAsync("mohamed-ould-ghazouani");
        var wanted = await WantedAsync();

        // "Mohamed Ould Cheikh Mohamed Ahmed Ould Ghazouani (born 4 December 1956), commonly known as Mohamed Ould Ghazouani, is …"
        Assert.Contains("Mohamed Ould Cheikh Mohamed Ahmed Ould Ghazouani", aliases);
        Assert.DoesNotContain("Mohamed Ould Cheikh Mohamed Ahmed Ould Ghazouani", wanted);
    }

    [Fact]
    public async Task Attacks_on_two_days_start_on_the_first_and_end_on_the_second()
    {
        var dates = await DatesAsync("2019-boulkessi-and-mondoro-attacks");

        // "were carried out on 30 September and 1 October 2019"
        Assert.Equal("2019-09-30", Assert.Single(dates, d => d.Label == DateLabel.Start).Value);
        Assert.Equal("2019-10-01", Assert.Single(dates, d => d.Label == DateLabel.End).Value);
    }

    [Fact]
    public async Task Neighbours_and_what_came_after_are_no_place_of_the_subject()
    {
        // "It borders … the Tombouctou and Ségou regions of Mali"; "Aftermath The attack prompted a debate in Nouakchott";
        // "near the border with Algeria and Mali"; "close to the border with Burkina Faso".
        Assert.DoesNotContain("located_in Mali", await StatementsAsync("hodh-ech-chargui-region"));
        Assert.DoesNotContain("located_in Tombouctou", await StatementsAsync("hodh-ech-chargui-region"));
        Assert.Equal(["location Lemgheity", "location Mauritania"], (await StatementsAsync("lemgheity-attack")).Where(s => s.StartsWith("location ", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.DoesNotContain("location Burkina Faso", await StatementsAsync("2019-boulkessi-and-mondoro-attacks"));
    }

    [Fact]
    public async Task A_number_opening_a_sentence_is_no_part_of_a_name()
    {
        var wanted = await WantedAsync();

        // "Fifteen Mauritanian soldiers and five attackers were killed"
        Assert.DoesNotContain(wanted, w => w.StartsWith("Fifteen", StringComparison.Ordinal));
    }
}
