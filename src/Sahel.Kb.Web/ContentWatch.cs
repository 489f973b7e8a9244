using Microsoft.AspNetCore.OutputCaching;
using Sahel.Kb.Browse;
using Sahel.Kb.Data;

namespace Sahel.Kb.Web;

/// <summary>
/// Keeps this instance's cached pages in step with changes it did not make: another app instance
/// on the same database, or the command line. At most every <see cref="Interval"/>, it reads the
/// knowledge base's version (its newest import run and newest revision) and evicts every cached
/// page when the version moved.
/// </summary>
public sealed class ContentWatch(IServiceScopeFactory scopes, IOutputCacheStore cache, TimeProvider time, ILogger<ContentWatch> logger) : IDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    private readonly SemaphoreSlim _checking = new(1, 1);
    private long _nextCheck;
    private ContentVersion? _seen;

    /// <summary>Checks the version when it is due; a request arriving while another checks does not wait.</summary>
    public async Task CheckAsync(CancellationToken cancellationToken)
    {
        var now = time.GetTimestamp();
        if (now < Volatile.Read(ref _nextCheck) || !await _checking.WaitAsync(TimeSpan.Zero, cancellationToken))
        {
            return;
        }

        try
        {
            Volatile.Write(ref _nextCheck, now + (long)(Interval.TotalSeconds * time.TimestampFrequency));
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<KbDbContext>();
            var version = await ContentVersion.ReadAsync(db, cancellationToken);
            if (_seen is { } seen && seen != version)
            {
                logger.LogInformation("The knowledge base changed elsewhere (import run {Import}, revision {Revision}): cached pages evicted", version.Imports, version.Edits);
                await cache.EvictAsync(cancellationToken);
            }

            _seen = version;
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
        {
            // The database is unreachable for a moment: cached pages keep answering meanwhile.
            logger.LogWarning(e, "Could not read the knowledge base's version; cached pages are kept until the next check");
        }
        finally
        {
            _checking.Release();
        }
    }

    public void Dispose() => _checking.Dispose();
}

public static class ContentWatchExtensions
{
    /// <summary>Checks for changes made elsewhere before the output cache answers.</summary>
    public static IApplicationBuilder UseContentWatch(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            await context.RequestServices.GetRequiredService<ContentWatch>().CheckAsync(context.RequestAborted);
            await next(context);
        });
}
