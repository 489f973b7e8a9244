using Sahel.Kb.Browse;

namespace Sahel.Kb.Tests.Browse;

public class ClosestTitlesTests
{
    private static readonly NamedArticle[] s_names =
    [
        new("kidal-offensive", "Kidal offensive", "Kidal offensive"),
        new("kidal-region", "Kidal Region", "Kidal Region"),
        new("minusma", "MINUSMA", "MINUSMA"),
        new("minusma", "MINUSMA", "United Nations Multidimensional Integrated Stabilization Mission in Mali"),
        new("iyad-ag-ghaly", "Iyad Ag Ghaly", "Iyad Ag Ghaly"),
    ];

    [Theory]
    [InlineData("kidal-ofensive", "kidal-offensive")]
    [InlineData("offensive kidal", "kidal-offensive")]
    [InlineData("Iyad-Ag-Ghali", "iyad-ag-ghaly")]
    [InlineData("minusma-mission", "minusma")]
    public void A_misspelt_or_reordered_address_finds_the_article_first(string typed, string expected) =>
        Assert.Equal(expected, ClosestTitles.Find(typed, s_names, limit: 3)[0].Slug);

    [Fact]
    public void An_article_appears_once_and_nothing_alike_finds_nothing()
    {
        Assert.Single(ClosestTitles.Find("minusma", s_names, limit: 5), n => n.Slug == "minusma");
        Assert.Empty(ClosestTitles.Find("zzzz-qqqq", s_names, limit: 5));
        Assert.Empty(ClosestTitles.Find("!!!", s_names, limit: 5));
    }
}
