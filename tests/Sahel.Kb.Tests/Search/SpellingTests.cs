using Sahel.Kb.Search;
using Sahel.Kb.Text;

namespace Sahel.Kb.Tests.Search;

public sealed class SpellingTests
{
    private static readonly Spelling s_titles = new(["Kidal Region", "Kidal offensive", "Battle of Kidal (2023)", "Ménaka Region", "Tillabéri Region", "Iyad Ag Ghaly"]);

    [Theory]
    [InlineData("kidl", "kidal")] // a letter left out
    [InlineData("kdial", "kidal")] // two letters swapped
    [InlineData("menka region", "menaka region")] // only the misspelt word changes
    [InlineData("tilaberi", "tillaberi")] // accents are not needed
    [InlineData("Ghaly Iyyad", "ghaly iyad")]
    public void A_word_no_title_spells_becomes_the_nearest_that_does(string query, string corrected) =>
        Assert.Equal(corrected, s_titles.Correct(query));

    [Theory]
    [InlineData("kidal")] // spelt as the titles spell it
    [InlineData("timbuktu")] // too far from every word
    [InlineData("ab")] // too short to guess
    public void A_query_with_nothing_to_correct_gives_nothing(string query) =>
        Assert.Null(s_titles.Correct(query));

    [Theory]
    [InlineData("kidal", "kidl", 1)]
    [InlineData("kidal", "kdial", 1)]
    [InlineData("kidal", "kidal", 0)]
    [InlineData("tillaberi", "tilaberi", 1)]
    [InlineData("abcdef", "uvwxyz", 3)] // over the limit of 2: reported as 3
    public void Distance_counts_edits_up_to_its_limit(string a, string b, int distance) =>
        Assert.Equal(distance, EditDistance.Within(a, b, limit: 2));

    [Theory]
    [InlineData("kidal", "regionofkidalmali", 0, true)]   // whole, inside a longer text
    [InlineData("kidla", "regionofkidalmali", 1, true)]   // two letters swapped
    [InlineData("kidla", "regionofkidalmali", 0, false)]
    [InlineData("menaka", "regionofkidalmali", 2, false)] // nowhere near
    public void A_name_may_stand_anywhere_in_a_text_within_its_edits(string name, string text, int limit, bool within) =>
        Assert.Equal(within, EditDistance.WithinPart(name, text, limit));
}
