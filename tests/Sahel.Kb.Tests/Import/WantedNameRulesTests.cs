using Sahel.Kb.Import;

namespace Sahel.Kb.Tests.Import;

/// <summary>A wanted name is a proper name: no office or rank before it, no run of words that only describe.</summary>
public sealed class WantedNameRulesTests
{
    [Theory]
    [InlineData("Prime Minister Moctar Ouane", "Moctar Ouane")]
    [InlineData("Colonel-Major Ismaël Wagué", "Ismaël Wagué")]
    [InlineData("Vice President Assimi Goïta", "Assimi Goïta")]
    [InlineData("Colonel Assimi Goïta", "Assimi Goïta")]
    [InlineData("Minister of Defence Souleymane Doucouré", "Souleymane Doucouré")]
    [InlineData("United Nations Security Council Resolution", "United Nations Security Council")]
    [InlineData("Operation Serval", "Operation Serval")]
    [InlineData("West Africa", "West Africa")]
    [InlineData("GATIA", "GATIA")]
    [InlineData("Vice President", null)] // an office alone
    [InlineData("Salafi Jihadist", null)] // words that only describe
    [InlineData("Malian Imghad Tuareg", null)]
    [InlineData("Tuareg Islamist", null)]
    [InlineData("West African", null)]
    [InlineData("Burkinabé Islamist", null)]
    [InlineData("Arab of the Ouled Test", null)] // one of a people, named by his tribe: no body
    public void A_run_of_capitalised_words_holds_the_name_it_names(string run, string? name) =>
        Assert.Equal(name, WantedNameRules.NameIn(run));

    [Theory]
    // A nationality with none of the usual endings describes ("a Togolese and a Malagasy"); a country names.
    [InlineData("Malagasy", true)]
    [InlineData("German", true)]
    [InlineData("Togolese", true)]
    [InlineData("Madagascar", false)]
    [InlineData("Sudan", false)]
    public void A_nationality_only_describes(string word, bool describes) =>
        Assert.Equal(describes, WantedNameRules.IsDescriptor(word));

    [Theory]
    [InlineData(new[] { "Tillia", "Department" }, "Tahoua", null, true)]                // a department of a region
    [InlineData(new[] { "Banibangou", "Department" }, "the", "Tillabéri", true)]        // … with "the" before the region
    [InlineData(new[] { "United", "States", "Department" }, "Defense", null, false)]    // one office
    [InlineData(new[] { "United", "States", "Department" }, "the", "Interior", false)]  // … with "the" before its portfolio
    [InlineData(new[] { "Adrar", "des", "Ifoghas" }, "the", "Kidal", true)]           // a place named the French way, of a region
    [InlineData(new[] { "Movement", "for", "the", "Salvation" }, "the", "Azawad", false)] // an English name runs on
    public void Of_after_a_named_department_or_a_french_place_ends_it_unless_an_office_or_a_name_runs_on(string[] run, string next, string? afterNext, bool ends) =>
        Assert.Equal(ends, WantedNameRules.OfEndsName(run, next, afterNext));
}
