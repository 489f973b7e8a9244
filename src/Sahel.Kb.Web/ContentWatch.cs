using System.Data.Common;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Sahel.Kb.Browse;
using Sahel.Kb.Data;

namespace Sahel.Kb.Web;

/// <summary>
/// The one place that reacts when the knowledge changes: it reads the knowledge base's version
/// (<see cref="ContentVersion"/>) before a request is answered — at most every
/// <see cref="Interval"/>, and on the next request after any transaction of this instance
/// commits — and evicts every cached page when the version moved. So an edit or import here
/// shows at once, and one made by another instance or the command line within a second. (The
/// link graph follows the version the article page reads.)
/// </summary>
public sealed class ContentWatch(IServiceScopeFactory scopes, IOutputCacheStore cache, Prepared.HotPages hotPages, Prepared.PagePreparer preparer, TimeProvider time, ILogger<ContentWatch> logger) : IDisposable
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
                logger.LogInformation("The knowledge base is at version {Version}: cached pages evicted", version.Number);
                await cache.EvictAsync(cancellationToken);
                hotPages.Clear();
                preparer.Wake();
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

    /// <summary>Makes the next request read the version: a transaction just committed.</summary>
    public void CheckSoon() => Volatile.Write(ref _nextCheck, 0);

    public void Dispose() => _checking.Dispose();
}

/// <summary>Tells <see cref="ContentWatch"/> and the page preparer of every transaction this instance commits: the signal is raised where a change commits, not by each page that writes.</summary>
public sealed class CommitSignal(ContentWatch watch, Prepared.PagePreparer preparer) : DbTransactionInterceptor
{
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Signal();

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Signal();
        return Task.CompletedTask;
    }

    private void Signal()
    {
        watch.CheckSoon();
        preparer.Wake();
    }
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
