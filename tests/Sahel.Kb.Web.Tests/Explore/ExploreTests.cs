using Microsoft.AspNetCore.Hosting;
using Sahel.Kb.Web.Tests.Support;

namespace Sahel.Kb.Web.Tests.Explore;

public sealed class ExploreTests(KbAppFactory factory) : IClassFixture<KbAppFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task The_timeline_lists_dated_articles_by_year_in_order_at_their_precision()
    {
        var page = await _client.GetDocumentAsync("/timeline");

        var years = page.QuerySelectorAll("main section h2").Select(h => h.Text()).ToList();
        Assert.Equal(years.Order(StringComparer.Ordinal), years);
        Assert.Equal("1954", years[0]);
        var battle = page.QuerySelectorAll("ol.timeline li").Single(li => li.QuerySelector("a").Text() == "Battle of Kidal (2023)");
        Assert.Contains("10–14 November 2023", battle.Text(), StringComparison.Ordinal);
        Assert.Equal("event", battle.ClassName);
        var born = page.QuerySelectorAll("ol.timeline li").Single(li => li.QuerySelector("a").Text() == "Iyad Ag Ghaly");
        Assert.Equal("1954", born.QuerySelector("time")?.GetAttribute("datetime"));
        Assert.Contains("Born:", born.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_timeline_filters_by_kind_and_by_year_range()
    {
        var page = await _client.GetDocumentAsync("/timeline?kind=event&from=2020&to=2023");

        var entries = page.QuerySelectorAll("ol.timeline li").ToList();
        // The Kidal offensive has no start or end in its snippet, but two dated steps: it "captured the town of
        // Tessalit ... in late October" and "captured the regional capital of Kidal ... on November 14" (of 2023).
        Assert.Equal(["2021 Malian coup d'état", "Kidal offensive", "Battle of Kidal (2023)", "Kidal offensive"], entries.Select(li => li.QuerySelector("a").Text()));
        Assert.Contains("late October 2023", entries[1].Text(), StringComparison.Ordinal);
        Assert.Contains("captured the town of Tessalit and its MINUSMA base", entries[1].Text(), StringComparison.Ordinal);
        Assert.Equal(["event"], page.QuerySelectorAll("input[name=kind][checked]").Select(i => i.GetAttribute("value")));
        Assert.Equal("2020", page.QuerySelector("#timeline-from")?.GetAttribute("value"));
    }

    [Fact]
    public async Task The_graph_colours_an_edge_by_what_a_statement_says_and_its_legend_names_it()
    {
        var page = await _client.GetDocumentAsync("/articles/battle-of-kidal-2023");

        // The battle's statements: the CSP-PSD took part (side 1); it was part of the Kidal offensive.
        var svg = page.QuerySelector("figure.graph svg")!;
        Assert.Equal(1, svg.QuerySelectorAll("path.spoke.rel-sides").Length);
        Assert.Equal(1, svg.QuerySelectorAll("path.spoke.rel-parts").Length);
        Assert.Equal(0, svg.QuerySelectorAll("path.chord[class*=rel-]").Length);
        Assert.Equal(["Took part, signed", "Part or member of", "Mentions, related items"], page.QuerySelectorAll("figure.graph .legend.relations li").Select(li => li.Text()));
    }

    [Fact]
    public async Task The_article_graph_links_every_neighbour_and_carries_a_title_and_a_legend()
    {
        var page = await _client.GetDocumentAsync("/articles/kidal-offensive");

        var svg = page.QuerySelector("figure.graph svg")!;
        Assert.Contains("Kidal offensive and the 12 articles linked with it", svg.QuerySelector("title").Text(), StringComparison.Ordinal);
        var nodes = svg.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        var related = page.QuerySelectorAll("section[aria-labelledby=related] ul.rows:not(.relations) li > a").Select(a => a.GetAttribute("href"));
        Assert.Equal(related.Append("/articles/kidal-offensive").Order(StringComparer.Ordinal), nodes.Order(StringComparer.Ordinal));
        Assert.True(svg.QuerySelectorAll("path.chord").Length > 0);
        Assert.Equal(12, svg.QuerySelectorAll("path.spoke").Length);
        Assert.Equal(["Events", "Regions", "Groups", "People", "Agreements"], page.QuerySelectorAll("figure.graph .legend:not(.relations) li").Select(li => li.Text()));
    }

    [Fact]
    public async Task The_same_article_draws_the_same_graph_every_time()
    {
        // Two instances of the app, each with its own link graph and caches, each drawing the page live.
        async Task<string> DrawAsync()
        {
            using var app = factory.WithWebHostBuilder(b => b.UseSetting("Kb:PreparedPages:Enabled", "false"));
            using var client = app.CreateClient();
            return (await client.GetDocumentAsync("/articles/minusma")).QuerySelector("figure.graph")!.OuterHtml;
        }

        var first = await DrawAsync();
        var second = await DrawAsync();

        Assert.Equal(first, second);
    }
}
