using Sahel.Kb.Browse;
using Sahel.Kb.Web.Localization;
using Sahel.Kb.Web.Pages.Articles;

namespace Sahel.Kb.Web.Tests.Browsing;

/// <summary>A related item's reason names what it refers to, not a count.</summary>
public sealed class RelatedReasonsTests
{
    [Theory]
    [InlineData(new[] { "Kidal Region", "MINUSMA" }, "both linked with Kidal Region and MINUSMA")]
    [InlineData(new[] { "Gao", "Kidal Region", "MINUSMA", "Ménaka" }, "both linked with Gao, Kidal Region, MINUSMA and 1 more")]
    public void Shared_neighbours_are_named(string[] shared, string reason) =>
        Assert.Equal(reason, ShowModel.Reasons(RelatedReasons.SharesNeighbours, "Kidal offensive", shared, new Ui()));

    [Fact]
    public void In_french_the_reasons_are_french()
    {
        var before = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("fr");
        try
        {
            Assert.Equal(
                "cite Tessalit; tous deux liés à Gao et Kidal Region",
                ShowModel.Reasons(RelatedReasons.MentionsIt | RelatedReasons.SharesNeighbours, "Tessalit", ["Gao", "Kidal Region"], new Ui()));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void Several_reasons_are_joined()
    {
        Assert.Equal(
            "listed with Tessalit on a related-items page; mentions Tessalit",
            ShowModel.Reasons(RelatedReasons.SameSeedPage | RelatedReasons.MentionsIt, "Tessalit", [], new Ui()));
    }
}
