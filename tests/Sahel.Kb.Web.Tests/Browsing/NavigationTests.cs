using System.Net;
using Sahel.Kb.Web.Tests.Support;

namespace Sahel.Kb.Web.Tests.Browsing;

public sealed class NavigationTests(KbAppFactory factory) : IClassFixture<KbAppFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/articles/JNIM", "/articles/jamaat-nasr-al-islam-wal-muslimin")]
    [InlineData("/articles/csp-psd", "/articles/permanent-strategic-framework-for-peace-security-and-development")]
    [InlineData("/articles/Algiers%20Agreement", "/articles/algiers-accords-2015")]
    [InlineData("/articles/Kidal-Offensive", "/articles/kidal-offensive")]
    [InlineData("/articles/Ag%20Ghali", "/articles/iyad-ag-ghaly")]
    [InlineData("/kinds/People", "/kinds/person")]
    [InlineData("/kinds/EVENT", "/kinds/event")]
    public async Task An_alias_or_another_spelling_redirects_permanently_to_the_canonical_page(string path, string canonical)
    {
        using var client = factory.CreateClientWithoutRedirects();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(canonical, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task An_unknown_article_is_a_real_404_page_with_a_search_form_and_the_closest_titles()
    {
        using var response = await _client.GetAsync(new Uri("/articles/kidal-ofensive", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        using var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("Not found · Sahel KB", page.Title);
        Assert.Equal("/articles/kidal-offensive", page.QuerySelector("main ul.rows a")?.GetAttribute("href"));
        var form = page.QuerySelector("main form[role=search]")!;
        Assert.Equal(("get", "/search"), (form.GetAttribute("method"), form.GetAttribute("action")));
        Assert.Equal("kidal ofensive", form.QuerySelector("input[name=q]")?.GetAttribute("value"));
    }

    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/kinds/weapon")]
    [InlineData("/wanted/nobody-at-all")]
    [InlineData("/articles?letter=qq")]
    [InlineData("/articles?letter=%C3%A9")]
    public async Task Any_other_unknown_address_is_a_404_page_too(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<h1>Not found</h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/kinds/event", "Events", "page")]
    [InlineData("/articles", "A–Z", "page")]
    [InlineData("/timeline?kind=event", "Timeline", "page")]
    [InlineData("/wanted/national-movement-for-the-liberation-of-azawad", "Wanted", "page")]
    [InlineData("/articles/kidal-offensive", "Events", "true")] // an event: within the Events section
    [InlineData("/articles/minusma", "Groups", "true")]
    public async Task The_navigation_marks_where_the_reader_is(string path, string current, string how)
    {
        var page = await _client.GetDocumentAsync(path);

        var marked = page.QuerySelectorAll("header.site nav a[aria-current]").Select(a => (a.Text(), a.GetAttribute("aria-current"))).ToList();
        Assert.Equal([(current, how)], marked);
    }

    [Fact]
    public async Task An_article_has_a_breadcrumb_from_its_kind()
    {
        var page = await _client.GetDocumentAsync("/articles/kidal-region");

        var crumbs = page.QuerySelectorAll("nav.breadcrumb li").Select(li => li.Text()).ToList();
        Assert.Equal(["Regions", "Kidal Region"], crumbs);
        Assert.Equal("/kinds/region", page.QuerySelector("nav.breadcrumb a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_name_several_articles_share_leads_to_a_page_that_lists_them_with_their_kind_and_first_sentence()
    {
        using var client = factory.CreateClientWithoutRedirects();
        using var asked = await client.GetAsync(new Uri("/articles/kidal", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Equal("/names/kidal", asked.Headers.Location?.OriginalString);

        var page = await _client.GetDocumentAsync("/names/kidal");
        Assert.Equal("kidal", page.QuerySelector("h1")!.Text());
        // The seed's titles with the word: the battle and the offensive (events), the region.
        var listed = page.QuerySelectorAll("main li").Select(li => li.QuerySelector("a")!.Text()).ToList();
        Assert.Equal(["Battle of Kidal (2023)", "Kidal offensive", "Kidal Region"], listed);
        Assert.Equal(["Events", "Regions"], page.QuerySelectorAll("main h2").Select(h => h.Text()));
        Assert.All(page.QuerySelectorAll("main li"), li => Assert.False(string.IsNullOrWhiteSpace(li.QuerySelector("p")?.Text())));

        using var nothing = await client.GetAsync(new Uri("/names/timbuktu", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, nothing.StatusCode);
    }

    [Fact]
    public async Task Events_are_listed_in_the_order_they_happened_with_their_dates()
    {
        var page = await _client.GetDocumentAsync("/kinds/event");

        // From the seed: the coup on the night of 24 May 2021; the offensive's first dated step, Tessalit
        // "in late October" 2023; the battle "between November 10 and 14, 2023".
        var rows = page.QuerySelectorAll("main ul.rows > li").Select(li => (li.QuerySelector(".when")!.Text(), li.QuerySelector("a")!.Text())).ToList();
        Assert.Equal(
            [("24 May 2021", "2021 Malian coup d'état"), ("by late October 2023", "Kidal offensive"), ("10 November 2023", "Battle of Kidal (2023)")],
            rows);
    }

    [Fact]
    public async Task A_letter_without_articles_has_its_page_saying_so_and_the_index_offers_every_letter()
    {
        using var response = await _client.GetAsync(new Uri("/articles?letter=z", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var page = await _client.GetDocumentAsync("/articles?letter=z");
        Assert.Contains("No article is filed under Z yet.", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(27, page.QuerySelectorAll("nav.letters li").Length - 1); // "All", "0-9" and A to Z
        // The seed's titles begin with a digit, A, B, C, F, H, I, J, K, M or P; Z is the page itself.
        Assert.Equal(["D", "E", "G", "L", "N", "O", "Q", "R", "S", "T", "U", "V", "W", "X", "Y"], page.QuerySelectorAll("nav.letters .empty").Select(e => e.Text()));
    }

    [Fact]
    public async Task The_home_page_says_what_is_here_with_counts_by_kind_entry_points_and_recent_articles()
    {
        var page = await _client.GetDocumentAsync("/");

        var kinds = page.QuerySelectorAll("ul.kinds li").Select(li => li.Text()).ToList();
        Assert.Equal(["Events (3)", "Regions (1)", "Groups (4)", "People (4)", "Agreements (1)", "All articles, A–Z (13)"], kinds.Take(6));
        Assert.Contains("13 articles", page.QuerySelector("p.intro").Text(), StringComparison.Ordinal);
        var start = page.QuerySelector("section[aria-labelledby=start]")!;
        Assert.Equal(["/articles/kidal-offensive"], start.QuerySelectorAll("ul.rows > li > a").Select(a => a.GetAttribute("href")));
        Assert.Equal(Math.Min(13, Sahel.Kb.Web.Pages.IndexModel.RecentCount), page.QuerySelectorAll("section[aria-labelledby=recent] li").Length);
    }

    [Fact]
    public async Task Every_page_has_a_header_with_the_site_name_the_lists_and_a_search_form()
    {
        var page = await _client.GetDocumentAsync("/wanted");

        var header = page.QuerySelector("body > header")!;
        Assert.Equal("/", header.QuerySelector("a.brand")?.GetAttribute("href"));
        Assert.Equal(
            ["/articles", "/kinds/event", "/kinds/region", "/kinds/group", "/kinds/person", "/kinds/agreement", "/timeline", "/wanted"],
            header.QuerySelectorAll("nav a").Select(a => a.GetAttribute("href")));
        var form = header.QuerySelector("form[role=search]")!;
        Assert.Equal(("get", "/search"), (form.GetAttribute("method"), form.GetAttribute("action")));
        Assert.NotNull(page.QuerySelector($"label[for={form.QuerySelector("input[name=q]")!.Id}]"));
    }

    [Fact]
    public async Task A_kind_list_shows_its_articles_a_to_z_with_their_first_sentence()
    {
        var page = await _client.GetDocumentAsync("/kinds/person");

        Assert.Equal("People", page.QuerySelector("h1").Text());
        var rows = page.QuerySelectorAll("main ul.rows > li").ToList();
        Assert.Equal(["Fahad Ag Almahmoud", "Hassan Ag Fagaga", "Iyad Ag Ghaly", "Mohamed Ag Najem"], rows.Select(r => r.QuerySelector("a").Text()));
        Assert.All(rows, r => Assert.Matches(@"\.$|…$", r.QuerySelector("p").Text()));
    }

    [Fact]
    public async Task The_a_to_z_index_lists_every_article_under_its_initial_and_filters_by_letter()
    {
        var all = await _client.GetDocumentAsync("/articles");
        Assert.Equal(13, all.QuerySelectorAll("main ul.rows > li").Length);
        Assert.Equal(["0-9", "A", "B", "C", "F", "H", "I", "J", "K", "M", "P"], all.QuerySelectorAll("main section h2").Select(h => h.Text()));

        var k = await _client.GetDocumentAsync("/articles?letter=k");
        Assert.Equal(["Kidal offensive", "Kidal Region"], k.QuerySelectorAll("main ul.rows > li > a").Select(a => a.Text()));
    }

    [Fact]
    public async Task The_wanted_list_names_what_has_no_article_once_with_its_other_forms_its_kind_and_where_it_is_mentioned()
    {
        var page = await _client.GetDocumentAsync("/wanted");
        var rows = page.QuerySelectorAll("table.wanted-list tbody tr");

        // The seed writes "National Movement for the Liberation of Azawad (MNLA)" and, elsewhere, "MNLA"
        // alone: one row, under the full name, in the six articles that mention it (read from the seed:
        // Kidal Region, the CMA, the Battle of Kidal, the Algiers Accords, the CSP-PSD, Mohamed Ag Najem).
        var mnla = rows.Single(row => row.QuerySelector("a.wanted")!.Text() == "National Movement for the Liberation of Azawad");
        Assert.Equal("/wanted/national-movement-for-the-liberation-of-azawad", mnla.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("probably a group", mnla.QuerySelectorAll("td")[0].Text());
        Assert.Equal("6 articles", mnla.QuerySelectorAll("td")[1].Text());
        Assert.DoesNotContain(rows, row => row.QuerySelector("a.wanted")!.Text() == "MNLA");

        var counts = rows.Select(row => int.Parse(row.QuerySelectorAll("td")[1].Text().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(counts.OrderDescending(), counts);

        var one = await _client.GetDocumentAsync("/wanted/national-movement-for-the-liberation-of-azawad");
        Assert.Equal("National Movement for the Liberation of Azawad", one.QuerySelector("h1")!.Text());
        Assert.Contains("probably a group", one.QuerySelector(".wanted-facts")!.Text(), StringComparison.Ordinal);
        Assert.Equal(6, one.QuerySelectorAll("main li q").Length);
        Assert.Contains(one.QuerySelectorAll("main li"), li => li.Text().Contains("chief of staff of the National Movement for the Liberation of Azawad (MNLA) army", StringComparison.Ordinal));

        // "signed ... in Bamako": one word mid-sentence is a name, and "in" says it is a place.
        var place = rows.Where(row => row.QuerySelectorAll("td")[0].Text() == "probably a place").Select(row => row.QuerySelector("a.wanted")!.Text()).ToList();
        Assert.Contains("Bamako", place);
    }
}
