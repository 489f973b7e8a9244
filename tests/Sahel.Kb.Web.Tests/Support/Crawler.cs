using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Sahel.Kb.Web.Tests.Support;

/// <summary>A page the crawler fetched: its address, status, content type and, for HTML, the parsed document.</summary>
public sealed record CrawledPage(string Path, HttpStatusCode Status, string? ContentType, string Body, IHtmlDocument? Document);

/// <summary>
/// Follows every same-site link from a start page, breadth first, without following redirects
/// (a link should point at the page itself), as a reader clicking through would.
/// </summary>
public static class Crawler
{
    public static async Task<IReadOnlyList<CrawledPage>> CrawlAsync(HttpClient client, string start = "/", int maxPages = 500)
    {
        var parser = new HtmlParser();
        var pages = new List<CrawledPage>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        var queue = new Queue<string>([start]);
        while (queue.Count > 0 && pages.Count < maxPages)
        {
            var path = queue.Dequeue();
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();
            var contentType = response.Content.Headers.ContentType?.MediaType;
            var document = contentType == "text/html" ? parser.ParseDocument(body) : null;
            pages.Add(new CrawledPage(path, response.StatusCode, contentType, body, document));
            foreach (var link in document is null ? [] : LinksOf(document))
            {
                if (seen.Add(link))
                {
                    queue.Enqueue(link);
                }
            }
        }

        return pages;
    }

    /// <summary>The same-site addresses a page links to (anchors, the stylesheet, scripts), without fragments.</summary>
    public static IEnumerable<string> LinksOf(IHtmlDocument document) =>
        // A link marked nofollow (the language switch) changes a setting: a crawler leaves it, as search engines do.
        document.QuerySelectorAll("a[href]:not([rel~=nofollow]), link[rel=stylesheet][href], script[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
            .Where(href => href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal))
            .Select(href => href.Split('#')[0])
            .Where(href => href.Length > 0);
}
