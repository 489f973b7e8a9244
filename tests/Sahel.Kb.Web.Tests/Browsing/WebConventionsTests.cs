using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Sahel.Kb.Web.Tests.Support;

namespace Sahel.Kb.Web.Tests.Browsing;

/// <summary>What the web expects of a site: a random page, robots.txt, a sitemap, OpenSearch, JSON-LD, recent changes and their feed, a citation.</summary>
public sealed class WebConventionsTests : IDisposable
{
    private readonly KbAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Random_sends_the_reader_to_an_article_and_not_always_the_same()
    {
        using var client = _factory.CreateClientWithoutRedirects();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 30; i++)
        {
            using var response = await client.GetAsync(new Uri("/random", UriKind.Relative));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            seen.Add(response.Headers.Location!.OriginalString);
        }

        Assert.All(seen, location => Assert.StartsWith("/articles/", location, StringComparison.Ordinal));
        // Thirteen articles, thirty draws: one address every time would be a cached answer, not chance.
        Assert.True(seen.Count > 1);
    }

    [Fact]
    public async Task Robots_txt_keeps_crawlers_out_of_admin_and_names_the_sitemap_which_lists_every_article()
    {
        using var client = _factory.CreateClient();
        var robots = await client.GetStringAsync(new Uri("/robots.txt", UriKind.Relative));
        Assert.Contains("Disallow: /admin", robots, StringComparison.Ordinal);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", robots, StringComparison.Ordinal);

        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var index = XDocument.Parse(await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)));
        var files = index.Descendants(ns + "loc").Select(l => new Uri(l.Value).AbsolutePath).ToList();
        Assert.Equal(["/sitemaps/lists.xml", "/sitemaps/articles-1.xml"], files);
        var articles = XDocument.Parse(await client.GetStringAsync(new Uri("/sitemaps/articles-1.xml", UriKind.Relative)));
        Assert.Equal(13, articles.Descendants(ns + "url").Count());
        Assert.Contains(articles.Descendants(ns + "loc"), l => l.Value == "http://localhost/articles/kidal-offensive");
        using var beyond = await client.GetAsync(new Uri("/sitemaps/articles-2.xml", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, beyond.StatusCode);
    }

    [Fact]
    public async Task Browsers_are_offered_the_sites_search()
    {
        using var client = _factory.CreateClient();
        var home = await client.GetDocumentAsync("/");
        Assert.Equal("/opensearch.xml", home.QuerySelector("link[rel=search]")!.GetAttribute("href"));

        XNamespace ns = "http://a9.com/-/spec/opensearch/1.1/";
        var description = XDocument.Parse(await client.GetStringAsync(new Uri("/opensearch.xml", UriKind.Relative)));
        Assert.Equal("http://localhost/search?q={searchTerms}", description.Root!.Elements(ns + "Url").First().Attribute("template")!.Value);
    }

    [Fact]
    public async Task An_article_describes_itself_in_json_ld()
    {
        using var client = _factory.CreateClient();

        var offensive = await JsonLdAsync(client, "/articles/kidal-offensive");
        Assert.Equal("Event", offensive.GetProperty("@type").GetString());
        Assert.Equal("Kidal offensive", offensive.GetProperty("name").GetString());
        Assert.Equal("https://en.wikipedia.org/wiki/Kidal_offensive", offensive.GetProperty("sameAs").GetString());
        // "The offensive was also an attempt by Malian forces to seize control over MINUSMA camps in Kidal Region".
        Assert.Equal("http://localhost/articles/kidal-region", offensive.GetProperty("location")[0].GetProperty("url").GetString());

        var battle = await JsonLdAsync(client, "/articles/battle-of-kidal-2023");
        Assert.Equal(("2023-11-10", "2023-11-14"), (battle.GetProperty("startDate").GetString(), battle.GetProperty("endDate").GetString()));
        Assert.Equal("Place", (await JsonLdAsync(client, "/articles/kidal-region")).GetProperty("@type").GetString());
        Assert.Equal("1954", (await JsonLdAsync(client, "/articles/iyad-ag-ghaly")).GetProperty("birthDate").GetString());
    }

    [Fact]
    public async Task Recent_changes_list_imports_and_edits_newest_first_and_as_an_atom_feed()
    {
        using var admin = await _factory.SignInAdminAsync();
        using var saved = await admin.SubmitAsync("/admin/articles/minusma/edit", "main form", new() { ["Summary"] = "MINUSMA was a United Nations mission in Mali.", ["Note"] = "shorter" }, "Save");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        using var client = _factory.CreateClient();
        var page = await client.GetDocumentAsync("/changes");
        var changes = page.QuerySelectorAll("ol.changes > li").Select(li => li.Text()).ToList();
        Assert.Equal(2, changes.Count);
        Assert.Contains("Edit of MINUSMA", changes[0], StringComparison.Ordinal);
        Assert.DoesNotContain(Forms.AdminName, changes[0], StringComparison.Ordinal);
        Assert.Contains("Import #1", changes[1], StringComparison.Ordinal);
        Assert.Contains("13 articles created", changes[1], StringComparison.Ordinal);

        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(await client.GetStringAsync(new Uri("/changes.atom", UriKind.Relative)));
        var entries = feed.Root!.Elements(atom + "entry").ToList();
        Assert.Equal(["Edit of MINUSMA", "Import #1"], entries.Select(e => e.Element(atom + "title")!.Value));
        Assert.Equal("http://localhost/articles/minusma", entries[0].Element(atom + "link")!.Attribute("href")!.Value);

        // The edited article was updated; one no one changed since the import says when it came.
        Assert.StartsWith("Last updated ", (await client.GetDocumentAsync("/articles/minusma")).QuerySelector("footer.updated")!.Text(), StringComparison.Ordinal);
        Assert.StartsWith("Imported ", (await client.GetDocumentAsync("/articles/kidal-region")).QuerySelector("footer.updated")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_article_says_how_to_cite_it()
    {
        using var client = _factory.CreateClient();
        var page = await client.GetDocumentAsync("/articles/minusma");

        var cite = page.QuerySelector("section[aria-labelledby=cite]")!.Text();
        Assert.Contains("MINUSMA. (", cite, StringComparison.Ordinal);
        Assert.Contains("In Sahel KB. Retrieved ", cite, StringComparison.Ordinal);
        Assert.Contains("@misc{sahelkb-minusma,", cite, StringComparison.Ordinal);
        Assert.Contains("url = {http://localhost/articles/minusma}", cite, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reader_pages_are_valid_html5()
    {
        using var client = _factory.CreateClient();
        var pages = new List<(string, string)>();
        foreach (var path in (string[])["/", "/articles/kidal-offensive", "/articles/iyad-ag-ghaly", "/articles?letter=z", "/kinds/event", "/timeline", "/wanted", "/wanted/national-movement-for-the-liberation-of-azawad", "/search?q=kidl", "/search?q=kidal", "/changes", "/names/kidal"])
        {
            pages.Add((path, await client.GetStringAsync(new Uri(path, UriKind.Relative))));
        }

        Assert.Empty(await NuHtmlChecker.ErrorsAsync(pages));
    }

    private static async Task<JsonElement> JsonLdAsync(HttpClient client, string path)
    {
        var page = await client.GetDocumentAsync(path);
        return JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
    }
}
