using Sahel.Kb.Web.Offline;

namespace Sahel.Kb.Web.Tests.Offline;

public sealed class OfflinePathsTests
{
    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/articles/kidal-region", "articles/kidal-region.html")]
    [InlineData("/articles?page=2&letter=b", "articles.letter-b.page-2.html")] // keys in order, whatever order the link gave
    [InlineData("/kinds/event?page=3", "kinds/event.page-3.html")]
    [InlineData("/timeline?kind=event", "timeline.kind-event.html")]
    [InlineData("/wanted/national-movement-for-the-liberation-of-azawad", "wanted/national-movement-for-the-liberation-of-azawad.html")]
    [InlineData("/search?q=kidal", "search.html")] // the search page answers any query with its script
    public void A_page_is_written_to_a_file_named_for_its_address(string address, string file) =>
        Assert.Equal(file, OfflinePaths.File(OfflinePaths.Page(address)!));

    [Theory]
    [InlineData("/admin")]
    [InlineData("/account/sign-in")]
    [InlineData("/api/articles/minusma")]
    [InlineData("/language/fr?returnUrl=%2F")]
    [InlineData("/changes")]
    [InlineData("/random")]
    [InlineData("/articles/minusma?print=1")] // a query the page does not take
    [InlineData("/articles/minusma/history")]
    public void What_the_edition_does_not_hold_is_no_page_of_it(string address) =>
        Assert.Null(OfflinePaths.Page(address));

    [Theory]
    [InlineData("index.html", "articles/minusma.html", "articles/minusma.html")]
    [InlineData("articles/minusma.html", "articles/kidal-region.html", "../articles/kidal-region.html")]
    [InlineData("articles/minusma.html", "css/site.css", "../css/site.css")]
    public void A_link_is_relative_to_the_page_that_holds_it(string from, string target, string link) =>
        Assert.Equal(link, OfflinePaths.Relative(from, target));
}
