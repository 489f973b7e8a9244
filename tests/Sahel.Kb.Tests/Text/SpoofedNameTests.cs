using Sahel.Kb.Import;
using Sahel.Kb.Text;

namespace Sahel.Kb.Tests.Text;

/// <summary>Names that show something other than what they are: invisible characters and look-alike letters.</summary>
public sealed class SpoofedNameTests
{
    [Theory]
    [InlineData("Kidal\u202E noigeR", "Kidal noigeR")] // right-to-left override
    [InlineData("\u2066Kidal\u2069 Region", "Kidal Region")] // isolates
    [InlineData("MI\u200BNUS\u200DMA", "MINUSMA")] // zero-width space and joiner
    [InlineData("Tom\u00ADbouctou", "Tombouctou")] // soft hyphen
    [InlineData("\uFEFFGao", "Gao")] // a stray byte-order mark
    [InlineData("Menaka\U000E0041\U000E0042", "Menaka")] // tag characters (invisible text)
    [InlineData("Assimi Goïta (عاصمي)", "Assimi Goïta (عاصمي)")] // visible letters of any script stay
    public void Invisible_format_characters_are_removed_and_visible_ones_kept(string text, string expected) =>
        Assert.Equal(expected, InvisibleCharacters.Remove(text));

    [Theory]
    [InlineData("Kidal Region", "Kidal Regi\u043En")] // Cyrillic о
    [InlineData("MINUSMA", "MINUSM\u0391")] // Greek Alpha
    [InlineData("Tessalit", "Tessa1it")] // a digit for l
    [InlineData("Ansar Dine", "\u0410nsar Dine")] // Cyrillic А
    [InlineData("Gao", "\uFF27ao")] // fullwidth G
    [InlineData("Kidal", "Kid\u0430\u200Bl")] // a look-alike hidden by an invisible character
    public void Titles_that_look_alike_have_one_skeleton(string real, string spoof)
    {
        Assert.True(Confusables.AreConfusable(real, spoof), $"{real} / {spoof}");
        Assert.Equal(Confusables.Skeleton(real), Confusables.Skeleton(spoof));
    }

    [Theory]
    [InlineData("Kidal Region", "Kidal region")] // case is visible
    [InlineData("Gao", "Gaó")] // an accent is visible
    [InlineData("Kidal", "Kidal")] // the same title is not a spoof
    [InlineData("Battle of Kidal", "Battle of Gao")]
    public void Titles_a_reader_can_tell_apart_are_not_confusable(string a, string b) =>
        Assert.False(Confusables.AreConfusable(a, b));

    [Fact]
    public void Look_alike_titles_are_found_and_only_a_new_one_is_warned_about()
    {
        TitledArticle[] articles =
        [
            new("kidal-region", "Kidal Region"),
            new("kidal-regi-n", "Kidal Regi\u043En"),
            new("gao", "Gao"),
        ];

        var groups = LookAlikeTitles.Find(articles);
        var warning = Assert.Single(LookAlikeTitles.Warnings(articles, new HashSet<string> { "kidal-regi-n" }));

        // In slug order, ordinal: "-" sorts before "o".
        Assert.Equal(["kidal-regi-n", "kidal-region"], Assert.Single(groups).Select(a => a.Slug));
        Assert.StartsWith("\"Kidal Regi\u043En\" (kidal-regi-n) looks like \"Kidal Region\" (kidal-region)", warning, StringComparison.Ordinal);
        Assert.Empty(LookAlikeTitles.Warnings(articles, new HashSet<string> { "gao" }));
    }
}
