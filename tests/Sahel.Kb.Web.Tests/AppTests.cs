using AngleSharp.Html.Parser;

namespace Sahel.Kb.Web.Tests;

public sealed class AppTests(KbAppFactory factory) : IClassFixture<KbAppFactory>
{
    [Fact]
    public async Task The_health_check_answers_ok()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_empty_database_is_filled_from_the_seeds_at_start_and_the_home_page_lists_it()
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        using var document = new HtmlParser().ParseDocument(html);
        Assert.Contains("13 articles", document.QuerySelector("main p")?.TextContent, StringComparison.Ordinal);
        var headings = document.QuerySelectorAll("main h2").Select(h => h.TextContent).ToList();
        Assert.Equal(["Events (3)", "Regions (1)", "Groups (4)", "People (4)", "Agreements (1)"], headings);
        Assert.Contains(document.QuerySelectorAll("li"), li => li.TextContent == "Battle of Kidal (2023)");
        Assert.Contains("état</li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_page_is_a_404()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/no-such-page", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}
