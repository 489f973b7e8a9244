using System.Globalization;
using System.IO.Compression;
using Microsoft.Net.Http.Headers;
using Sahel.Kb.Browse;
using Sahel.Kb.Data;

namespace Sahel.Kb.Web.Prepared;

/// <summary>
/// Answers an anonymous reader's <c>GET /articles/{slug}</c> with the prepared page when it is
/// current: one indexed row (the pages read most, from memory: <see cref="HotPages"/>), sent
/// gzip-compressed as stored when the client accepts it. Anything
/// else — a signed-in admin, a query string, a page not prepared yet or stale — goes on to the
/// live page.
/// </summary>
public static class PreparedPageServing
{
    private const string ArticlesPrefix = "/articles/";

    public static IApplicationBuilder UsePreparedPages(this IApplicationBuilder app)
    {
        var preparer = app.ApplicationServices.GetRequiredService<PagePreparer>();
        var hot = app.ApplicationServices.GetRequiredService<HotPages>();
        var reader = app.ApplicationServices.GetRequiredService<PageReader>();
        return preparer.Enabled ? app.Use((context, next) => ServeAsync(context, next, preparer, hot, reader)) : app;
    }

    private static async Task ServeAsync(HttpContext context, RequestDelegate next, PagePreparer preparer, HotPages hot, PageReader reader)
    {
        var request = context.Request;
        if (!IsReaderAsking(context))
        {
            await next(context);
            return;
        }

        // The page names its own address (canonical link, citation): one is prepared for one origin.
        var origin = Site.SiteEndpoints.Origin(request);
        preparer.Notice(origin);
        if (!TrySlug(request.Path, out var slug) || preparer.Origin != origin)
        {
            await next(context);
            return;
        }

        var language = CultureInfo.CurrentUICulture.Name;
        var page = await hot.GetOrReadAsync(
            slug,
            language,
            () => reader.ReadAsync(context.RequestServices.GetRequiredService<KbDbContext>, slug, language, PagePreparer.Build, origin, context.RequestAborted));
        if (page is null)
        {
            await next(context);
            return;
        }

        var response = context.Response;
        // Weak: the compressed and the plain answer are the same page, not the same bytes.
        var etag = new EntityTagHeaderValue($"\"{PagePreparer.Build[..8]}-{page.Version}-{language}\"", isWeak: true);
        response.Headers.ContentLanguage = language;
        response.Headers.Vary = "Accept-Encoding, Accept-Language, Cookie";
        response.GetTypedHeaders().ETag = etag;
        if (request.GetTypedHeaders().IfNoneMatch.Any(e => e.Compare(etag, useStrongComparison: false)))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.ContentType = "text/html; charset=utf-8";
        if (AcceptsGzip(request))
        {
            response.Headers.ContentEncoding = "gzip";
            response.ContentLength = page.Html.Length;
            if (HttpMethods.IsGet(request.Method))
            {
                await response.Body.WriteAsync(page.Html, context.RequestAborted);
            }

            return;
        }

        await using var html = new GZipStream(new MemoryStream(page.Html), CompressionMode.Decompress);
        if (HttpMethods.IsGet(request.Method))
        {
            await html.CopyToAsync(response.Body, context.RequestAborted);
        }
    }

    private static bool IsReaderAsking(HttpContext context) =>
        (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        && !PageRenderer.IsRendering(context)
        && context.User.Identity?.IsAuthenticated != true
        && !context.Request.QueryString.HasValue;

    private static bool TrySlug(PathString path, out string slug)
    {
        var value = path.Value ?? "";
        slug = value.StartsWith(ArticlesPrefix, StringComparison.Ordinal) ? value[ArticlesPrefix.Length..] : "";
        return slug.Length > 0 && !slug.Contains('/', StringComparison.Ordinal);
    }

    private static bool AcceptsGzip(HttpRequest request) =>
        request.GetTypedHeaders().AcceptEncoding.Any(e => e.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase) && (e.Quality ?? 1) > 0);
}
