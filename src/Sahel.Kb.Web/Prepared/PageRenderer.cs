using Microsoft.AspNetCore.Http.Features;
using Sahel.Kb.Browse;

namespace Sahel.Kb.Web.Prepared;

/// <summary>
/// A page rendered outside a reader's request: its status, where it redirects, the knowledge
/// base's version it shows when it says (an article page does), and its HTML.
/// </summary>
public sealed record RenderedPage(int Status, string? Location, ContentVersion? Version, byte[] Html);

/// <summary>
/// Renders a page as an anonymous reader would get it, through the app's own pipeline from
/// routing on — the same Razor page, layout and localization, with no second set of templates —
/// into memory instead of a network connection. The pipeline is captured where
/// <see cref="PageRendererExtensions.UsePageRenderer"/> stands.
/// </summary>
public sealed class PageRenderer(IHttpContextFactory contexts)
{
    private static readonly object RenderingKey = new();
    private static readonly object VersionKey = new();

    private readonly TaskCompletionSource<RequestDelegate> _pipeline = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Whether this request is a rendering, not a reader's (the output cache and the prepared pages stay out of it).</summary>
    public static bool IsRendering(HttpContext context) => context.Items.ContainsKey(RenderingKey);

    /// <summary>Tells the rendering which version of the knowledge base the page was made from; a page that does not say is not kept.</summary>
    public static void Rendered(HttpContext context, ContentVersion version) => context.Items[VersionKey] = version;

    internal void Capture(RequestDelegate pipeline) => _pipeline.TrySetResult(pipeline);

    /// <summary>The page at <paramref name="pathAndQuery"/> in <paramref name="language"/>, as a reader at <paramref name="origin"/> (with its base path, if any) would get it.</summary>
    public async Task<RenderedPage> RenderAsync(string pathAndQuery, string language, Uri origin, CancellationToken cancellationToken)
    {
        var at = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        var (path, query) = at < 0 ? (pathAndQuery, "") : (pathAndQuery[..at], pathAndQuery[at..]);
        // Background work may start before the server has built its pipeline: it waits for it.
        var pipeline = await _pipeline.Task.WaitAsync(cancellationToken);
        var pathBase = origin.AbsolutePath.TrimEnd('/');
        var request = new HttpRequestFeature
        {
            Method = HttpMethods.Get,
            Scheme = origin.Scheme,
            PathBase = pathBase,
            Path = Uri.UnescapeDataString(path),
            QueryString = query,
            RawTarget = pathBase + pathAndQuery,
            Protocol = "HTTP/1.1",
        };
        request.Headers.Host = origin.Authority;
        request.Headers.AcceptLanguage = language;
        using var body = new MemoryStream();
        var features = new FeatureCollection();
        features.Set<IHttpRequestFeature>(request);
        features.Set<IHttpResponseFeature>(new HttpResponseFeature());
        features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(body));
        features.Set<IHttpRequestLifetimeFeature>(new HttpRequestLifetimeFeature { RequestAborted = cancellationToken });
        var context = contexts.Create(features);
        try
        {
            context.Items[RenderingKey] = true;
            await pipeline(context);
            await context.Response.Body.FlushAsync(cancellationToken);
            return new RenderedPage(
                context.Response.StatusCode,
                context.Response.Headers.Location.ToString() is { Length: > 0 } location ? location : null,
                context.Items[VersionKey] as ContentVersion?,
                body.ToArray());
        }
        finally
        {
            contexts.Dispose(context);
        }
    }
}

public static class PageRendererExtensions
{
    /// <summary>Gives the <see cref="PageRenderer"/> the pipeline from here on; readers pass through untouched.</summary>
    public static IApplicationBuilder UsePageRenderer(this IApplicationBuilder app)
    {
        var renderer = app.ApplicationServices.GetRequiredService<PageRenderer>();
        return app.Use(next =>
        {
            renderer.Capture(next);
            return next;
        });
    }
}
