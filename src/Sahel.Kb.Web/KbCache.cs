using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace Sahel.Kb.Web;

/// <summary>
/// Output caching of what anonymous readers get: GET and HEAD answers of 200 without cookies,
/// varied by the query string, for at most <see cref="Lifetime"/>. A signed-in admin is never
/// served from it nor stored in it (the default policy's rules), and <see cref="ContentWatch"/>
/// evicts it all when the knowledge base's version moves. An answer that says <c>no-store</c> is never kept: antiforgery marks
/// every page that carries a form token so, and such a page belongs to one visitor.
/// </summary>
public static class KbCache
{
    public const string Tag = "kb";

    /// <summary>The longest a page may lag behind a change this process did not make (an import from the command line).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    public static IServiceCollection AddKbCache(this IServiceCollection services) =>
        services.AddOutputCache(options =>
        {
            // The hot pages other than articles (those are prepared, and kept hot by HotPages): lists,
            // search, the API. With HotPages' 16 MB, the server stays under 400 MB resident at 100,000 articles.
            options.SizeLimit = 16 * 1024 * 1024;
            // "/articles/Kidal-Offensive" redirects to "/articles/kidal-offensive"; by default the
            // cache keys paths without case and would answer it with the page instead.
            options.UseCaseSensitivePaths = true;
            options.AddBasePolicy(policy => policy
                .With(context => !context.HttpContext.Request.Path.StartsWithSegments("/healthz") && !Prepared.PageRenderer.IsRendering(context.HttpContext))
                .AddPolicy<NoStoreAnswers>()
                // The interface's language: a French reader never gets an English page from the cache.
                .VaryByValue(context => new KeyValuePair<string, string>("ui", System.Globalization.CultureInfo.CurrentUICulture.Name))
                .Tag(Tag)
                .Expire(Lifetime));
        });

    /// <summary>Drops every cached page: the knowledge base changed.</summary>
    public static ValueTask EvictAsync(this IOutputCacheStore store, CancellationToken cancellationToken = default) =>
        store.EvictByTagAsync(Tag, cancellationToken);

    /// <summary>Keeps no answer whose <c>Cache-Control</c> forbids storing it (a page with a form token, an error page).</summary>
    private sealed class NoStoreAnswers : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            if (CacheControlHeaderValue.TryParse(context.HttpContext.Response.Headers.CacheControl.ToString(), out var control)
                && (control.NoStore || control.Private))
            {
                context.AllowCacheStorage = false;
            }

            return ValueTask.CompletedTask;
        }
    }
}
