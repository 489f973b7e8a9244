using Microsoft.Playwright;
using Sahel.Kb.Browser.Tests.Support;

namespace Sahel.Kb.Browser.Tests;

[Collection(BrowserTestGroup.Name)]
public sealed class ReaderTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_reader_follows_links_from_the_home_page_to_an_article_and_on_through_a_related_item()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");

        await FollowAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Kidal offensive" }).First, "/articles/kidal-offensive");
        Assert.Equal("Kidal offensive", await page.Locator("h1").TextContentAsync());

        var related = page.Locator("section[aria-labelledby=related]");
        await FollowAsync(page, related.GetByRole(AriaRole.Link, new() { Name = "Algiers Accords (2015)" }), "/articles/algiers-accords-2015");
        Assert.Equal("Algiers Accords (2015)", await page.Locator("h1").TextContentAsync());

        var backlinks = page.Locator("section[aria-labelledby=backlinks]");
        await FollowAsync(page, backlinks.GetByRole(AriaRole.Link, new() { Name = "Kidal offensive" }), "/articles/kidal-offensive");
    }

    /// <summary>Clicks a link and waits for the page it leads to; a wrong page fails with the address it reached.</summary>
    private static async Task FollowAsync(IPage page, ILocator link, string path)
    {
        Assert.Equal(path, await link.GetAttributeAsync("href"));
        var navigation = page.WaitForResponseAsync(response => response.Request.IsNavigationRequest);
        await link.ClickAsync();
        var response = await navigation;
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        Assert.Equal(path, new Uri(response.Url).AbsolutePath);
        Assert.Equal(200, response.Status);
    }

    [Fact]
    public async Task With_javascript_off_a_reader_still_reads_navigates_and_searches()
    {
        var page = await browser.NewPageAsync(new() { JavaScriptEnabled = false });
        await page.GotoAsync("/");

        await page.Locator("header nav").GetByRole(AriaRole.Link, new() { Name = "People" }).ClickAsync();
        await page.WaitForURLAsync("**/kinds/person");
        await page.GetByRole(AriaRole.Link, new() { Name = "Iyad Ag Ghaly" }).ClickAsync();
        await page.WaitForURLAsync("**/articles/iyad-ag-ghaly");

        await page.GetByLabel("Search articles").FillAsync("JNIM");
        await page.GetByLabel("Search articles").PressAsync("Enter");
        await page.WaitForURLAsync("**/search?q=JNIM");
        await page.Locator("p.exact a").ClickAsync();
        await page.WaitForURLAsync("**/articles/jamaat-nasr-al-islam-wal-muslimin");
    }

    [Fact]
    public async Task Typing_in_the_search_box_suggests_titles_and_a_suggestion_opens_its_article()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/wanted");

        await page.GetByRole(AriaRole.Combobox, new() { Name = "Search articles" }).PressSequentiallyAsync("algiers");
        var suggestion = page.GetByRole(AriaRole.Option, new() { Name = "Algiers Accords (2015)" });
        await suggestion.WaitForAsync();
        Assert.Equal("true", await page.GetByRole(AriaRole.Combobox).GetAttributeAsync("aria-expanded"));

        await suggestion.ClickAsync();
        await page.WaitForURLAsync("**/articles/algiers-accords-2015");
    }

    [Fact]
    public async Task The_keyboard_chooses_a_suggestion_too()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");

        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Search articles" });
        await box.PressSequentiallyAsync("jnim");
        await page.GetByRole(AriaRole.Option).First.WaitForAsync();
        await box.PressAsync("ArrowDown");
        Assert.Equal("site-suggestion-0", await box.GetAttributeAsync("aria-activedescendant"));
        await box.PressAsync("Enter");
        await page.WaitForURLAsync("**/articles/jamaat-nasr-al-islam-wal-muslimin");
    }

    public static TheoryData<string> Pages => new()
    {
        "/", "/articles", "/articles?letter=z", "/articles/permanent-strategic-framework-for-peace-security-and-development", "/articles/kidal-offensive", "/kinds/group", "/kinds/event", "/wanted", "/wanted/national-movement-for-the-liberation-of-azawad", "/timeline", "/search?q=kidal", "/search?q=kidl", "/names/kidal", "/changes", "/articles/no-such-article",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_page_logs_no_console_error_the_csp_included(string path)
    {
        var page = await browser.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Text.Contains("404", StringComparison.Ordinal))
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);

        await page.GotoAsync(path);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Empty(errors);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task At_390_and_1280_pixels_wide_no_page_scrolls_sideways(string path)
    {
        foreach (var (width, height) in new[] { (390, 844), (1280, 900) })
        {
            var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = height } });
            await page.GotoAsync(path);

            var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");

            Assert.True(scrollWidth <= width, $"{path} is {scrollWidth} px wide at {width} px");
        }
    }

    [Theory]
    [InlineData(390, 844)]
    [InlineData(1280, 900)]
    public async Task The_graph_fits_its_column_and_the_facts_box_follows_the_lead_on_a_phone_and_stands_beside_it_on_a_desktop(int width, int height)
    {
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        await page.GotoAsync("/articles/kidal-offensive");

        var column = (await page.Locator("article.article").BoundingBoxAsync())!;
        var graph = (await page.Locator("figure.graph svg").BoundingBoxAsync())!;
        Assert.True(graph.Width <= column.Width + 0.5, $"the graph is {graph.Width} px wide in a {column.Width} px column");
        Assert.True(graph.Height <= 420, $"the graph is {graph.Height} px tall");

        var lead = (await page.Locator(".summary-text > p").First.BoundingBoxAsync())!;
        var facts = (await page.Locator(".infobox").BoundingBoxAsync())!;
        if (width < 768)
        {
            Assert.True(facts.Y >= lead.Y + lead.Height, "on a phone the facts box comes after the lead paragraph");
        }
        else
        {
            Assert.True(facts.X > lead.X && facts.Y < lead.Y + lead.Height, "on a desktop the facts box stands beside the lead paragraph");
        }

        // The related items come before the graph.
        var related = (await page.Locator("#related").BoundingBoxAsync())!;
        Assert.True(related.Y < graph.Y);
    }

    [Fact]
    public async Task A_reader_whose_system_prefers_dark_gets_light_text_on_a_dark_page()
    {
        async Task<(string Background, string Text)> ColoursAsync(ColorScheme scheme)
        {
            var page = await browser.NewPageAsync(new() { ColorScheme = scheme });
            await page.GotoAsync("/articles/kidal-offensive");
            return (
                await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor"),
                await page.EvaluateAsync<string>("getComputedStyle(document.body).color"));
        }

        var (lightBackground, lightText) = await ColoursAsync(ColorScheme.Light);
        var (darkBackground, darkText) = await ColoursAsync(ColorScheme.Dark);

        // Dark text on a light page, light text on a dark one; both read easily (WCAG AAA: a contrast of 7 or more).
        Assert.True(Luminance(lightBackground) > Luminance(lightText), $"light: {lightText} on {lightBackground}");
        Assert.True(Luminance(darkBackground) < Luminance(darkText), $"dark: {darkText} on {darkBackground}");
        Assert.InRange(Contrast(lightBackground, lightText), 7, 21);
        Assert.InRange(Contrast(darkBackground, darkText), 7, 21);
        Assert.True(Luminance(darkBackground) < 0.05, $"a dark page is dark: {darkBackground}");
    }

    /// <summary>WCAG 2's contrast ratio of two CSS colours, from 1 (none) to 21 (black on white).</summary>
    private static double Contrast(string a, string b)
    {
        var (x, y) = (Luminance(a), Luminance(b));
        return (Math.Max(x, y) + 0.05) / (Math.Min(x, y) + 0.05);
    }

    /// <summary>WCAG 2's relative luminance of "rgb(r, g, b)".</summary>
    private static double Luminance(string rgb)
    {
        var channels = rgb[(rgb.IndexOf('(', StringComparison.Ordinal) + 1)..rgb.IndexOf(')', StringComparison.Ordinal)]
            .Split(',')
            .Take(3)
            .Select(c => double.Parse(c, System.Globalization.CultureInfo.InvariantCulture) / 255)
            .Select(c => c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4))
            .ToArray();
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    }
}
