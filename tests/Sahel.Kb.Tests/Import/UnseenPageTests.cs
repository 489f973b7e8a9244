using Sahel.Kb.Domain;

namespace Sahel.Kb.Tests.Import;

/// <summary>
/// A page written in the mirror's format about people, places and groups the seed does not name
/// (Niger's insurgency: the Inates attack, the ISGS, Operation Barkhane). Each expectation is what
/// an analyst reads in the page's sentences.
/// </summary>
public sealed class UnseenPageTests() : ImportedPage("inates-attack.txt")
{
    [Fact]
    public async Task Every_item_gets_the_kind_its_opening_gives()
    {
        var kinds = await KindsAsync();

        Assert.Equal(ArticleKind.Event, kinds["inates-attack"]); // "was an attack on 10 December 2019"
        Assert.Equal(ArticleKind.Event, kinds["tongo-tongo-ambush"]);
        Assert.Equal(ArticleKind.Event, kinds["operation-barkhane"]); // "an anti-insurgent operation"
        Assert.Equal(ArticleKind.Group, kinds["islamic-state-in-the-greater-sahara"]); // "a Salafi jihadist group"
        Assert.Equal(ArticleKind.Person, kinds["adnan-abu-walid-al-sahrawi"]);
        Assert.Equal(ArticleKind.Region, kinds["tahoua-region"]);
        Assert.Equal(ArticleKind.Agreement, kinds["ouagadougou-agreement"]);
    }

    [Fact]
    public async Task Another_name_written_with_a_dash_is_one_alias_and_its_acronym_is_the_subjects_too()
    {
        var aliases = await AliasesAsync("islamic-state-in-the-greater-sahara");

        // "(ISGS), also known as Islamic State – Sahel Province (ISSP)".
        Assert.Equal(["ISGS", "ISSP", "Islamic State – Sahel Province"], aliases.Order(StringComparer.Ordinal));
        // "Islamic State" alone is the parent organisation, which the page names apart ("a province of the Islamic State").
        Assert.DoesNotContain("Islamic State", aliases);
    }

    [Fact]
    public async Task A_birth_name_is_an_alias_of_the_person_and_no_wanted_name()
    {
        var aliases = await AliasesAsync("adnan-abu-walid-al-sahrawi");
        var wanted = await WantedAsync();

        // "(born Lehbib Ould Ali Ould Said Ould Yumani; 16 February 1973 – August 2021)"
        Assert.Contains("Lehbib Ould Ali Ould Said Ould Yumani", aliases);
        Assert.DoesNotContain("Lehbib Ould Ali Ould Said Ould Yumani", wanted);
    }

    [Fact]
    public async Task A_place_of_a_country_and_a_president_of_a_country_are_two_names_each()
    {
        var wanted = await WantedAsync();

        // "in the Tillabéri Region of Niger", "mediated by President Blaise Compaoré of Burkina Faso"
        Assert.Superset(new HashSet<string> { "Tillabéri Region", "Niger", "Blaise Compaoré", "Burkina Faso" }, wanted);
        Assert.DoesNotContain("Tillabéri Region of Niger", wanted);
        Assert.DoesNotContain("Blaise Compaoré of Burkina Faso", wanted);
        // "a Sahrawi jihadist": a people's adjective names no article to write.
        Assert.DoesNotContain("Sahrawi", wanted);
    }

    [Theory]
    [InlineData("adnan-abu-walid-al-sahrawi", "born", "1973-02-16", "day")] // "(born Lehbib Ould Ali Ould Said Ould Yumani; 16 February 1973 – August 2021)"
    [InlineData("adnan-abu-walid-al-sahrawi", "died", "2021-08", "month")]
    [InlineData("operation-barkhane", "start", "2014-08-01", "day")] // "commenced on 1 August 2014"
    [InlineData("operation-barkhane", "end", "2022-11-09", "day")] // "ended on 9 November 2022"
    [InlineData("inates-attack", "start", "2019-12-10", "day")]
    [InlineData("islamic-state-in-the-greater-sahara", "founded", "2015-05-15", "day")]
    [InlineData("ouagadougou-agreement", "signed", "2013-06-18", "day")]
    public async Task A_date_is_read_at_the_precision_the_sentence_gives(string slug, string label, string value, string precision)
    {
        var dates = await DatesAsync(slug);

        var date = Assert.Single(dates, d => d.Label.ToString().Equals(label, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(value, date.Value);
        Assert.Equal(precision, date.Precision.ToString(), ignoreCase: true);
    }
}
