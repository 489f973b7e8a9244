using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Sahel.Kb.Browse;
using Sahel.Kb.Data;
using Sahel.Kb.Web.Tests.Support;

namespace Sahel.Kb.Web.Tests.Browsing;

/// <summary>The app, letting one crawler search as often as it links to a search.</summary>
public sealed class CrawledAppFactory : KbAppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Kb:RateLimits:SearchPerMinute", "100000");
    }
}

/// <summary>The whole site as a reader clicking every link sees it.</summary>
public sealed class SiteTests(CrawledAppFactory factory) : IClassFixture<CrawledAppFactory>
{
    private static readonly string[] s_slugs =
    [
        "2021-malian-coup-detat", "algiers-accords-2015", "battle-of-kidal-2023", "coordination-of-azawad-movements",
        "fahad-ag-almahmoud", "hassan-ag-fagaga", "iyad-ag-ghaly", "jamaat-nasr-al-islam-wal-muslimin", "kidal-offensive",
        "kidal-region", "minusma", "mohamed-ag-najem", "permanent-strategic-framework-for-peace-security-and-development",
    ];

    private Task<IReadOnlyList<CrawledPage>> CrawlAsync() => Crawler.CrawlAsync(factory.CreateClientWithoutRedirects());

    [Fact]
    public async Task Every_link_on_every_page_answers_200_and_every_article_is_reached_from_the_home_page()
    {
        var pages = await CrawlAsync();

        // "/random" sends the reader on to an article: a redirect is its answer.
        Assert.All(pages, p => Assert.True(p.Status == HttpStatusCode.OK || p.Path == "/random" && p.Status == HttpStatusCode.Found, $"{p.Path} answered {(int)p.Status}"));
        var articles = pages.Select(p => p.Path).Where(p => p.StartsWith("/articles/", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        Assert.Equal(s_slugs.Select(s => $"/articles/{s}"), articles);
        Assert.Contains("/wanted", pages.Select(p => p.Path));
        Assert.Contains("/kinds/agreement", pages.Select(p => p.Path));
    }

    [Fact]
    public async Task Every_page_has_a_title_a_description_a_canonical_link_landmarks_and_a_skip_link()
    {
        var pages = (await CrawlAsync()).Where(p => p.Document is not null).ToList();

        Assert.True(pages.Count > 20, $"only {pages.Count} pages crawled");
        Assert.All(pages, p =>
        {
            var document = p.Document!;
            Assert.False(string.IsNullOrWhiteSpace(document.Title), $"{p.Path}: no title");
            Assert.False(string.IsNullOrWhiteSpace(document.QuerySelector("meta[name=description]")?.GetAttribute("content")), $"{p.Path}: no description");
            Assert.StartsWith("http", document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? "", StringComparison.Ordinal);
            Assert.Single(document.QuerySelectorAll("h1"));
            Assert.NotNull(document.QuerySelector("main#main"));
            Assert.Equal("#main", document.QuerySelector("body > a.skip")?.GetAttribute("href"));
            // Scripts are the site's files; the one inline script is an article's JSON-LD, data the browser never runs.
            Assert.All(document.QuerySelectorAll("script:not([type='application/ld+json'])"), script => Assert.StartsWith("/js/", script.GetAttribute("src"), StringComparison.Ordinal));
        });
    }

    [Fact]
    public async Task Every_page_is_valid_html5_by_the_nu_html_checker()
    {
        var pages = (await CrawlAsync()).Where(p => p.Document is not null).Select(p => (p.Path, p.Body)).ToList();
        using var client = factory.CreateClient();
        foreach (var path in (string[])["/articles/no-such-article", "/search?q=kidal", "/search?q=%3Cscript%3E"])
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            pages.Add((path, await response.Content.ReadAsStringAsync()));
        }

        var errors = await NuHtmlChecker.ErrorsAsync(pages);

        Assert.Empty(errors);
    }

    [Fact]
    public async Task An_article_page_costs_the_same_few_queries_however_many_links_it_has()
    {
        var recorder = new QueryRecorder();
        // Rendered live, as the page preparer renders it.
        using var counted = factory.WithWebHostBuilder(b => b.UseSetting("Kb:PreparedPages:Enabled", "false").ConfigureTestServices(s => s.AddSingleton<IInterceptor>(recorder)));
        counted.Server.PreserveExecutionContext = true;
        using var client = counted.CreateClient();
        await client.GetDocumentAsync("/");
        // The first article page reads the link graph, once per import or edit.
        await client.GetDocumentAsync("/articles/iyad-ag-ghaly");

        async Task<int> QueriesFor(string slug)
        {
            using (recorder.Watch())
            {
                await client.GetDocumentAsync($"/articles/{slug}");
            }

            // The content watch reads the version on its own at most every half second (ContentWatch.Interval), on
            // whichever request comes due: on a slow machine that may be any of the three, and it is no cost of the page.
            return recorder.Queries.Where(q => q.Sql.Trim() != ContentVersion.Sql).Sum(q => QueryRecorder.Statements(q.Sql).Count);
        }

        // The page's subject links to twelve articles and is linked back; a person on it links to one or two.
        var hub = await QueriesFor("kidal-offensive");
        var leaf = await QueriesFor("mohamed-ag-najem");
        var other = await QueriesFor("minusma");

        Assert.Equal(hub, leaf);
        Assert.Equal(hub, other);
        Assert.InRange(hub, 1, 12);
    }
}
