using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using Sahel.Kb.Data;
using Sahel.Kb.Domain;
using Sahel.Kb.Web.Pages.Changes;

namespace Sahel.Kb.Web.Site;

/// <summary>
/// The web's conventions: <c>/random</c> (an article chosen at random), <c>/robots.txt</c>,
/// <c>/sitemap.xml</c> (an index of <c>/sitemaps/lists.xml</c> and <c>/sitemaps/articles-N.xml</c>,
/// at most 50,000 addresses each, as the protocol allows) and <c>/opensearch.xml</c> (so browsers
/// offer the site's search), <c>/changes.atom</c> (recent changes as an Atom feed).
/// </summary>
public static class SiteEndpoints
{
    /// <summary>The sitemap protocol's limit of addresses in one file.</summary>
    public const int SitemapSize = 50_000;

    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static IEndpointRouteBuilder MapSiteEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/random", async (KbDbContext db, CancellationToken cancellationToken) =>
        {
            var count = await db.Articles.CountAsync(cancellationToken);
            if (count == 0)
            {
                return Results.Redirect("/articles");
            }

            var slug = await db.Articles.OrderBy(a => a.Id).Skip(Random.Shared.Next(count)).Select(a => a.Slug).FirstAsync(cancellationToken);
            return Results.Redirect($"/articles/{Uri.EscapeDataString(slug)}");
        }).CacheOutput(policy => policy.NoCache());

        app.MapGet("/robots.txt", (HttpRequest request) => Results.Text(
            $"""
            User-agent: *
            Disallow: /admin
            Disallow: /account
            Disallow: /api/
            Disallow: /random

            Sitemap: {Origin(request)}/sitemap.xml

            """,
            "text/plain; charset=utf-8"));

        app.MapGet("/sitemap.xml", async (HttpRequest request, KbDbContext db, CancellationToken cancellationToken) =>
        {
            var files = (await db.Articles.CountAsync(cancellationToken) + SitemapSize - 1) / SitemapSize;
            var origin = Origin(request);
            return Xml(writer =>
            {
                writer.WriteStartElement("sitemapindex", SitemapNamespace);
                foreach (var path in Enumerable.Range(1, files).Select(n => $"/sitemaps/articles-{n}.xml").Prepend("/sitemaps/lists.xml"))
                {
                    writer.WriteStartElement("sitemap", SitemapNamespace);
                    writer.WriteElementString("loc", SitemapNamespace, origin + path);
                    writer.WriteEndElement();
                }

                writer.WriteEndElement();
            });
        });

        app.MapGet("/sitemaps/lists.xml", (HttpRequest request) =>
        {
            var origin = Origin(request);
            string[] lists = ["/", "/articles", .. ArticleKinds.All.Select(k => $"/kinds/{k.Name()}"), "/timeline", "/wanted", "/changes"];
            return Xml(writer => UrlSet(writer, lists.Select(path => (origin + path, (DateTime?)null))));
        });

        app.MapGet("/sitemaps/articles-{number:int}.xml", async (int number, HttpRequest request, KbDbContext db, CancellationToken cancellationToken) =>
        {
            if (number < 1)
            {
                return Results.NotFound();
            }

            var articles = await db.Articles.AsNoTracking().OrderBy(a => a.Slug)
                .Skip((number - 1) * SitemapSize).Take(SitemapSize)
                .Select(a => new { a.Slug, a.UpdatedAt })
                .ToListAsync(cancellationToken);
            if (articles.Count == 0)
            {
                return Results.NotFound();
            }

            var origin = Origin(request);
            return Xml(writer => UrlSet(writer, articles.Select(a => ($"{origin}/articles/{Uri.EscapeDataString(a.Slug)}", (DateTime?)a.UpdatedAt))));
        });

        app.MapGet("/changes.atom", async (HttpRequest request, KbDbContext db, CancellationToken cancellationToken) =>
        {
            var changes = await RecentChanges.LoadAsync(db, 0, FeedSize, cancellationToken);
            var origin = Origin(request);
            return Xml(
                writer =>
                {
                    const string ns = "http://www.w3.org/2005/Atom";
                    writer.WriteStartElement("feed", ns);
                    writer.WriteElementString("title", ns, "Sahel KB: recent changes");
                    writer.WriteElementString("id", ns, $"{origin}/changes");
                    writer.WriteElementString("updated", ns, AtomDate(changes.FirstOrDefault()?.At ?? DateTime.UnixEpoch));
                    Link(writer, ns, $"{origin}/changes", "alternate");
                    Link(writer, ns, $"{origin}/changes.atom", "self");
                    writer.WriteStartElement("author", ns);
                    writer.WriteElementString("name", ns, "Sahel KB");
                    writer.WriteEndElement();
                    foreach (var change in changes)
                    {
                        var target = change.Slug is { } slug ? $"{origin}/articles/{Uri.EscapeDataString(slug)}" : $"{origin}/changes";
                        writer.WriteStartElement("entry", ns);
                        writer.WriteElementString("title", ns, change.Title is { } title ? $"{change.What} of {title}" : change.What);
                        writer.WriteElementString("id", ns, $"{origin}/changes#{change.At.Ticks}-{change.Slug}");
                        writer.WriteElementString("updated", ns, AtomDate(change.At));
                        Link(writer, ns, target, "alternate");
                        writer.WriteElementString("summary", ns, change.Note);
                        writer.WriteEndElement();
                    }

                    writer.WriteEndElement();
                },
                "application/atom+xml");
        });

        app.MapGet("/opensearch.xml", (HttpRequest request) =>
        {
            var origin = Origin(request);
            return Xml(
                writer =>
                {
                    const string ns = "http://a9.com/-/spec/opensearch/1.1/";
                    writer.WriteStartElement("OpenSearchDescription", ns);
                    writer.WriteElementString("ShortName", ns, "Sahel KB");
                    writer.WriteElementString("Description", ns, "Search Sahel KB, a knowledge base on the conflicts of the Sahel");
                    writer.WriteElementString("InputEncoding", ns, "UTF-8");
                    writer.WriteStartElement("Image", ns);
                    writer.WriteAttributeString("type", "image/svg+xml");
                    writer.WriteString($"{origin}/favicon.svg");
                    writer.WriteEndElement();
                    writer.WriteStartElement("Url", ns);
                    writer.WriteAttributeString("type", "text/html");
                    writer.WriteAttributeString("template", $"{origin}/search?q={{searchTerms}}");
                    writer.WriteEndElement();
                    writer.WriteStartElement("Url", ns);
                    writer.WriteAttributeString("type", "application/x-suggestions+json");
                    writer.WriteAttributeString("template", $"{origin}/api/suggest?q={{searchTerms}}");
                    writer.WriteEndElement();
                    writer.WriteEndElement();
                },
                "application/opensearchdescription+xml");
        });
        return app;
    }

    /// <summary>The feed's length: the newest changes.</summary>
    public const int FeedSize = 50;

    private static string AtomDate(DateTime at) => DateTime.SpecifyKind(at, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static void Link(XmlWriter writer, string ns, string href, string rel)
    {
        writer.WriteStartElement("link", ns);
        writer.WriteAttributeString("rel", rel);
        writer.WriteAttributeString("href", href);
        writer.WriteEndElement();
    }

    /// <summary>The site's scheme, host and base path, as the request reached it (through a named proxy, as it forwarded it).</summary>
    public static string Origin(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    private static void UrlSet(XmlWriter writer, IEnumerable<(string Location, DateTime? Modified)> urls)
    {
        writer.WriteStartElement("urlset", SitemapNamespace);
        foreach (var (location, modified) in urls)
        {
            writer.WriteStartElement("url", SitemapNamespace);
            writer.WriteElementString("loc", SitemapNamespace, location);
            if (modified is { } date)
            {
                writer.WriteElementString("lastmod", SitemapNamespace, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    /// <summary>An XML answer written by <paramref name="write"/>, UTF-8 without a byte order mark.</summary>
    public static IResult Xml(Action<XmlWriter> write, string contentType = "application/xml")
    {
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }

        return Results.Text(text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal), $"{contentType}; charset=utf-8");
    }
}
