using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Sahel.Kb.Web.Tests.Support;

namespace Sahel.Kb.Web.Tests.Explore;

public sealed class SearchPageTests(KbAppFactory factory) : IClassFixture<KbAppFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Results_show_kind_a_marked_snippet_and_the_count_with_an_exact_match_named_first()
    {
        var page = await _client.GetDocumentAsync("/search?q=Algiers+Agreement");

        Assert.Equal("/articles/algiers-accords-2015", page.QuerySelector("p.exact a")?.GetAttribute("href"));
        var results = page.QuerySelectorAll("ol.results > li").ToList();
        Assert.Equal("Algiers Accords (2015)", results[0].QuerySelector("a").Text());
        Assert.Contains($"{results.Count} article", page.QuerySelector("p.result-count").Text(), StringComparison.Ordinal);
        Assert.All(results, r => Assert.NotNull(r.QuerySelector(".kind")));
        Assert.Contains(results, r => r.QuerySelectorAll("p mark").Any(m => m.Text() is "Algiers" or "Agreement"));
    }

    [Fact]
    public async Task Titles_that_begin_with_the_query_come_before_titles_that_only_hold_it()
    {
        var page = await _client.GetDocumentAsync("/search?q=kidal");

        var titles = page.QuerySelectorAll("ol.results > li > a").Select(a => a.Text()).ToList();
        // "Kidal offensive" and "Kidal Region" begin with the word; "Battle of Kidal (2023)" holds it.
        Assert.Equal(["Kidal Region", "Kidal offensive"], titles.Take(2).Order(StringComparer.Ordinal));
        Assert.Equal("Battle of Kidal (2023)", titles[2]);
    }

    [Theory]
    [InlineData("kidl", "kidal")]
    [InlineData("minsma", "minusma")]
    [InlineData("algers acords", "algiers accords")] // the seed's titles: MINUSMA, Algiers Accords (2015)
    [InlineData("reconcilation", "reconciliation")] // only an alias spells it: "Accord for Peace and Reconciliation in Mali"
    public async Task A_misspelt_query_offers_the_spelling_the_titles_and_aliases_use(string query, string corrected)
    {
        var page = await _client.GetDocumentAsync($"/search?q={Uri.EscapeDataString(query)}");

        var offer = page.QuerySelector("p.did-you-mean a");
        Assert.Equal(corrected, offer?.Text());
        Assert.Equal($"/search?q={Uri.EscapeDataString(corrected).Replace("%20", "+", StringComparison.Ordinal)}", offer!.GetAttribute("href")?.Replace("%20", "+", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_query_that_finds_articles_offers_no_other_spelling_and_the_page_has_one_search_box()
    {
        var page = await _client.GetDocumentAsync("/search?q=kidal");

        Assert.Null(page.QuerySelector("p.did-you-mean"));
        Assert.Single(page.QuerySelectorAll("input[type=search]"));
    }

    [Fact]
    public async Task The_kind_filter_narrows_the_results_and_says_how_many_each_kind_has()
    {
        var all = await _client.GetDocumentAsync("/search?q=kidal");
        var total = all.QuerySelectorAll("ol.results > li").Length;
        var counts = all.QuerySelectorAll("nav.filters li").Select(li => li.Text()).ToList();
        Assert.Equal($"All ({total})", counts[0]);
        Assert.Equal(total, counts.Skip(1).Sum(c => int.Parse(c[(c.IndexOf('(', StringComparison.Ordinal) + 1)..^1], System.Globalization.CultureInfo.InvariantCulture)));

        var eventsLink = all.QuerySelectorAll("nav.filters a").Single(a => a.Text().StartsWith("Events", StringComparison.Ordinal));
        var events = await _client.GetDocumentAsync(eventsLink.GetAttribute("href")!);
        var kinds = events.QuerySelectorAll("ol.results .kind").Select(k => k.Text()).ToList();
        Assert.NotEmpty(kinds);
        Assert.All(kinds, k => Assert.Equal("Event", k));
        Assert.True(kinds.Count < total);
        Assert.Equal("event", events.QuerySelector("main form input[name=kind]")?.GetAttribute("value"));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("(kidal")]
    [InlineData("*")]
    [InlineData("AND")]
    [InlineData("-")]
    [InlineData("kidal\" OR \"x")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("NEAR(kidal mali)")]
    public async Task Any_query_answers_200_and_shows_the_query_escaped(string query)
    {
        using var response = await _client.GetAsync(new Uri($"/search?q={Uri.EscapeDataString(query)}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        using var page = new HtmlParser().ParseDocument(html);
        Assert.Equal(query, page.QuerySelector("#site-search")?.GetAttribute("value"));
    }

    [Fact]
    public async Task A_query_of_two_thousand_characters_answers_200()
    {
        using var response = await _client.GetAsync(new Uri($"/search?q={new string('k', 2000)}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("No articles match", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_search_api_gives_slug_title_kind_and_snippet_best_first()
    {
        using var response = await _client.GetAsync(new Uri("/api/search?q=jnim", UriKind.Relative));
        var results = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("jamaat-nasr-al-islam-wal-muslimin", (string)results[0]!["slug"]!);
        Assert.All(results, r => Assert.Equal(["slug", "title", "kind", "snippet"], r!.AsObject().Select(p => p.Key)));
        Assert.All(results, r => Assert.DoesNotContain("\uE000", (string)r!["snippet"]!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Suggestions_are_the_articles_whose_title_or_alias_starts_with_what_was_typed()
    {
        var suggestions = JsonNode.Parse(await _client.GetStringAsync(new Uri("/api/suggest?q=kid", UriKind.Relative)))!.AsArray();

        Assert.Equal(["battle-of-kidal-2023", "kidal-offensive", "kidal-region"], suggestions.Select(s => (string)s!["slug"]!).Order(StringComparer.Ordinal));
        Assert.All(suggestions, s => Assert.Equal(["slug", "title", "kind"], s!.AsObject().Select(p => p.Key)));
    }
}
