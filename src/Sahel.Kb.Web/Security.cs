using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Sahel.Kb.Web;

/// <summary>Configuration section <c>Kb:RateLimits</c>: requests a client (an IP address) may make a minute.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "Kb:RateLimits";

    /// <summary>Sign-in attempts (form posts); the account's lockout counts failures on top of this.</summary>
    public int SignInPerMinute { get; set; } = 10;

    /// <summary>Searches, as pages, API answers or suggestions while typing.</summary>
    public int SearchPerMinute { get; set; } = 300;
}

/// <summary>
/// The headers every response carries (OWASP ASVS level 1), and the rate limits on sign-in and
/// search. Pages hold no inline script or style, so the policy allows only the site's own files.
/// </summary>
public static class Security
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IServiceCollection AddSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitOptions>(configuration.GetSection(RateLimitOptions.Section));
        // Behind a TLS proxy (nginx, see the README): its scheme and the client's address, from the proxies configured only.
        services.AddOptions<ForwardedHeadersOptions>().Configure<IConfiguration>((options, config) => TrustedProxies.Configure(options, config));
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            // Behind a TLS proxy on the same machine, the host may well be localhost.
            options.ExcludedHosts.Clear();
        });
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(LimitFor);
        });
        return services;
    }

    /// <summary>The security headers and, outside development, HSTS: first in the pipeline, for every response.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this WebApplication app)
    {
        // Only from the proxies Kb:ForwardedHeaders names: anyone else's headers are ignored.
        app.UseForwardedHeaders();
        // Set as the response starts: an error page, which clears the headers of the failed
        // response, still gets them.
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app.Environment.IsDevelopment() ? app : app.UseHsts();
    }

    /// <summary>Static files: text ones say they are UTF-8, like every page.</summary>
    public static StaticFileOptions StaticFiles() => new()
    {
        OnPrepareResponse = context =>
        {
            var headers = context.Context.Response.Headers;
            if (MediaTypeHeaderValue.TryParse(headers.ContentType.ToString(), out var type) && type.Charset.Length == 0 && IsText(type.MediaType.Value))
            {
                type.Charset = "utf-8";
                headers.ContentType = type.ToString();
            }
        },
    };

    private static bool IsText(string? mediaType) =>
        mediaType is not null &&
        (mediaType.StartsWith("text/", StringComparison.OrdinalIgnoreCase) ||
         mediaType is "application/javascript" or "image/svg+xml" or "application/json" or "application/manifest+json");

    private static RateLimitPartition<string> LimitFor(HttpContext context)
    {
        var limits = context.RequestServices.GetRequiredService<IOptionsMonitor<RateLimitOptions>>().CurrentValue;
        var client = context.Connection.RemoteIpAddress?.ToString() ?? IPAddress.Loopback.ToString();
        var path = context.Request.Path;
        if (HttpMethods.IsPost(context.Request.Method) && path.StartsWithSegments("/account/sign-in", StringComparison.OrdinalIgnoreCase))
        {
            return PerMinute("sign-in:" + client, limits.SignInPerMinute);
        }

        if (path.StartsWithSegments("/search", StringComparison.OrdinalIgnoreCase) ||
            path.StartsWithSegments("/api/search", StringComparison.OrdinalIgnoreCase) ||
            path.StartsWithSegments("/api/suggest", StringComparison.OrdinalIgnoreCase))
        {
            return PerMinute("search:" + client, limits.SearchPerMinute);
        }

        return RateLimitPartition.GetNoLimiter("");
    }

    /// <summary>A budget refilled bit by bit, so a client over it waits seconds, not the rest of a minute.</summary>
    private static RateLimitPartition<string> PerMinute(string key, int perMinute) =>
        RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, perMinute),
            TokensPerPeriod = Math.Max(1, perMinute / 12),
            ReplenishmentPeriod = TimeSpan.FromSeconds(5),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
}
