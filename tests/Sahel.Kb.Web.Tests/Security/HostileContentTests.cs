using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Sahel.Kb.Tests.Support;
using Sahel.Kb.Web.Tests.Support;

namespace Sahel.Kb.Web.Tests.Security;

/// <summary>The app with a seed page full of markup and script among its seeds.</summary>
public sealed class HostileAppFactory : KbAppFactory
{
    public HostileAppFactory() =>
        File.Copy(Path.Combine(Files.RepositoryRoot, "tests", "Sahel.Kb.Web.Tests", "Fixtures", "hostile.txt"), Path.Combine(SeedFolder, "hostile.txt"));
}

/// <summary>
/// Seed text comes from the web: whatever markup it holds shows as text on every page and in
/// every answer, and never becomes a script, an event handler, a frame or a javascript: link.
/// </summary>
public sealed class HostileContentTests(HostileAppFactory factory) : IClassFixture<HostileAppFactory>
{
    private const string HostileSlug = "hostile-script-alert-1-script-front";
    private const string HostileTitle = "Hostile <script>alert(1)</script> Front";

    [Fact]
    public async Task Every_page_a_reader_reaches_shows_the_markup_as_text_and_runs_none_of_it()
    {
        using var client = factory.CreateClient();
        var pages = new List<CrawledPage>(await Crawler.CrawlAsync(client, $"/articles/{HostileSlug}", maxPages: 200));
        foreach (var path in new[] { "/search?q=script", "/search?q=onerror", "/search?q=%3Cscript%3E", "/timeline", "/wanted", "/kinds/group", "/articles" })
        {
            pages.AddRange(await Crawler.CrawlAsync(client, path, maxPages: 1));
        }

        var html = pages.Where(p => p.Document is not null).ToList();
        Assert.Contains(html, p => p.Path == "/articles/onerror-brigade");
        foreach (var page in html)
        {
            Assert.Empty(Dangers(page.Document!).Select(d => $"{page.Path}: {d}"));
        }

        var article = html.Single(p => p.Path == $"/articles/{HostileSlug}").Document!;
        Assert.Equal(HostileTitle, article.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("<img src=x onerror=alert(2)>", article.QuerySelector(".summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("@{ throw new System.Exception(); }", article.QuerySelector(".summary")!.TextContent, StringComparison.Ordinal);
        var graphLabels = article.QuerySelectorAll("svg text").Select(t => t.TextContent).ToList();
        Assert.Contains(graphLabels, label => label.Contains("<script>", StringComparison.Ordinal));
        var search = html.First(p => p.Path == "/search?q=script").Document!;
        Assert.Contains(HostileTitle, search.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_answers_the_markup_as_plain_strings()
    {
        using var client = factory.CreateClient();

        var body = await client.GetStringAsync(new Uri($"/api/articles/{HostileSlug}", UriKind.Relative));
        using var json = JsonDocument.Parse(body);

        Assert.Equal(HostileTitle, json.RootElement.GetProperty("title").GetString());
        Assert.DoesNotContain("<script>", body, StringComparison.Ordinal);
        var search = await client.GetStringAsync(new Uri("/api/search?q=onerror", UriKind.Relative));
        Assert.DoesNotContain("<img", search, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", search, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markdown_and_aliases_an_admin_writes_keep_only_safe_links_and_show_as_text_in_pages_diffs_and_json()
    {
        using var client = await factory.SignInAdminAsync("hostile-editor");
        var summary = "Edited: [click](javascript:alert(12)) [mail](data:text/html,x) <script>alert(13)</script> " +
            "<a href=\"javascript:alert(14)\" onclick=\"alert(15)\">raw</a> ![img](javascript:alert(16)) [fine](https://example.org/) @{ x }";

        var alias = "<script>alert(17)</script> Brigade";
        using var saved = await client.SubmitAsync($"/admin/articles/onerror-brigade/edit", "main form", new() { ["Summary"] = summary, ["Aliases"] = $"OB\n{alias}" }, "Save");
        Assert.True((int)saved.StatusCode is 302 or 303, $"saving answered {(int)saved.StatusCode}");

        foreach (var path in new[] { "/articles/onerror-brigade", "/admin/articles/onerror-brigade/history", "/admin/articles/onerror-brigade/edit", "/admin/imports" })
        {
            var document = await client.GetDocumentAsync(path);
            Assert.Empty(Dangers(document).Select(d => $"{path}: {d}"));
        }

        var page = await client.GetDocumentAsync("/articles/onerror-brigade");
        var summaryHtml = page.QuerySelector(".summary")!;
        Assert.Contains("<script>alert(13)</script>", summaryHtml.TextContent, StringComparison.Ordinal);
        Assert.Equal(["https://example.org/"], summaryHtml.QuerySelectorAll("a[href^='http']").Select(a => a.GetAttribute("href")));
        Assert.Contains(alias, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var json = await client.GetStringAsync(new Uri("/api/articles/onerror-brigade", UriKind.Relative));
        Assert.Contains(alias, JsonDocument.Parse(json).RootElement.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.DoesNotContain("<script>", json, StringComparison.Ordinal);
        var history = await client.GetDocumentAsync("/admin/articles/onerror-brigade/history");
        Assert.Contains("<script>alert(13)</script>", history.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>Anything in a page that could run script: the app's own script files are the only scripts.</summary>
    private static bool IsJsonLd(IHtmlScriptElement script)
    {
        if (script.Type != "application/ld+json" || script.ParentElement?.LocalName != "head" || script.TextContent.Contains('<', StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            using var json = System.Text.Json.JsonDocument.Parse(script.TextContent);
            return json.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    private static IEnumerable<string> Dangers(IDocument document)
    {
        foreach (var element in document.All)
        {
            // A script is the site's own file, or the article's JSON-LD: data in the head, valid JSON, no "<" that could close it.
            if (element is IHtmlScriptElement script && !(script.Source ?? "").StartsWith('/') && !IsJsonLd(script))
            {
                yield return $"script {script.OuterHtml}";
            }

            if (element.LocalName is "iframe" or "object" or "embed" or "frame")
            {
                yield return $"<{element.LocalName}>";
            }

            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    yield return $"{element.LocalName} {attribute.Name}=\"{attribute.Value}\"";
                }

                if (attribute.Name is "href" or "src" or "action" or "formaction" or "xlink:href" &&
                    attribute.Value.Trim().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) ||
                    attribute.Value.Trim().StartsWith("data:text", StringComparison.OrdinalIgnoreCase))
                {
                    yield return $"{element.LocalName} {attribute.Name}=\"{attribute.Value}\"";
                }
            }
        }
    }
}
