using Microsoft.AspNetCore.OutputCaching;

namespace Sahel.Kb.Web;

/// <summary>
/// Output caching of what anonymous readers get: GET and HEAD answers of 200 without cookies,
/// varied by the query string, for at most <see cref="Lifetime"/>. A signed-in admin is never
/// served from it nor stored in it (the default policy's rules), and every import and edit in
/// this app evicts it all.
/// </summary>
public static class KbCache
{
    public const string Tag = "kb";

    /// <summary>The longest a page may lag behind a change this process did not make (an import from the command line).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    public static IServiceCollection AddKbCache(this IServiceCollection services) =>
        services.AddOutputCache(options =>
        {
            // Hot pages, not every page: the whole server stays under 400 MB resident at 20,000 articles.
            options.SizeLimit = 32 * 1024 * 1024;
            options.AddBasePolicy(policy => policy
                .With(context => !context.HttpContext.Request.Path.StartsWithSegments("/healthz"))
                .Tag(Tag)
                .Expire(Lifetime));
        });

    /// <summary>Drops every cached page: the knowledge base changed.</summary>
    public static ValueTask EvictAsync(this IOutputCacheStore store, CancellationToken cancellationToken = default) =>
        store.EvictByTagAsync(Tag, cancellationToken);
}
