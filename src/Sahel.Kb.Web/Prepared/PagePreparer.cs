using System.IO.Compression;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sahel.Kb.Browse;
using Sahel.Kb.Data;
using Sahel.Kb.Web.Localization;

namespace Sahel.Kb.Web.Prepared;

/// <summary>Configuration section <c>Kb:PreparedPages</c>.</summary>
public sealed class PreparedPagesOptions
{
    public const string Section = "Kb:PreparedPages";

    /// <summary>Whether article pages are prepared and served prepared at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The site's address as readers reach it ("https://kb.example.org"): the pages name their own
    /// address (canonical link, citation). Unset, the first reader's request says it.
    /// </summary>
    public string? Origin { get; set; }

    /// <summary>Pages rendered and stored together.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>Pages rendered at once: by default one a core, as fast as an import's pages can be made; fewer leave readers more.</summary>
    public int Parallelism { get; set; } = Environment.ProcessorCount;
}

/// <summary>
/// Keeps every article page prepared, in every interface language: wakes when the app starts,
/// when a transaction of this instance commits and when another's change is seen
/// (<see cref="ContentWatch"/>), and renders the pages <see cref="PageStore"/> says are due, a
/// batch at a time (<see cref="PreparedPagesOptions"/>). A new build finds every page due: its
/// layout is new.
/// </summary>
public sealed class PagePreparer(
    PageRenderer renderer,
    IServiceScopeFactory scopes,
    IOptions<PreparedPagesOptions> options,
    TimeProvider time,
    ILogger<PagePreparer> logger) : BackgroundService
{
    /// <summary>This build of the app and its library: a page made by another is not served.</summary>
    public static readonly string Build = string.Concat(
        typeof(PagePreparer).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..16],
        typeof(PageStore).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..16]);

    /// <summary>A pass that prepares this many pages or more gives back the memory rendering them took.</summary>
    private const int ManyPages = 10_000;

    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private string? _origin = Normalize(options.Value.Origin);
    private bool _rendered;

    public bool Enabled => options.Value.Enabled;

    /// <summary>The origin pages are prepared for, once known.</summary>
    public string? Origin => Volatile.Read(ref _origin);

    /// <summary>Learns the site's origin from a reader's request, when configuration did not give it.</summary>
    public void Notice(string origin)
    {
        if (Interlocked.CompareExchange(ref _origin, origin, null) is null)
        {
            logger.LogInformation("Preparing article pages for {Origin}", origin);
            Wake();
        }
    }

    /// <summary>Asks for a pass over the due pages; a pass already asked for is enough.</summary>
    public void Wake() => _wake.Writer.TryWrite(true);

    /// <summary>Prepares one article's page in every language now (an admin just saved it); false when it could not be.</summary>
    public async Task<bool> PrepareNowAsync(int articleId, string slug, CancellationToken cancellationToken)
    {
        if (!Enabled || Origin is not { } origin)
        {
            return false;
        }

        var pages = new List<PreparedPage>();
        foreach (var language in Languages.Supported.Select(c => c.Name))
        {
            if (await RenderAsync(new DuePage(articleId, slug), language, origin, cancellationToken) is { } page)
            {
                pages.Add(page);
            }
        }

        await using var scope = scopes.CreateAsyncScope();
        return await PageStore.WriteAsync(scope.ServiceProvider.GetRequiredService<KbDbContext>(), pages, cancellationToken) == Languages.Supported.Count;
    }

    /// <summary>Renders and stores every due page; returns how many were stored.</summary>
    public async Task<int> PrepareDueAsync(CancellationToken cancellationToken)
    {
        if (!Enabled || Origin is not { } origin)
        {
            return 0;
        }

        var started = time.GetTimestamp();
        var (stored, failed) = (0, 0);
        foreach (var language in Languages.Supported.Select(c => c.Name))
        {
            // One pass in article order: a page that cannot be rendered is not tried again until the next pass.
            var after = 0;
            while (true)
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<KbDbContext>();
                var due = await PageStore.DueAsync(db, language, Build, origin, after, options.Value.BatchSize, cancellationToken);
                if (due.Count == 0)
                {
                    break;
                }

                var pages = new PreparedPage?[due.Count];
                await Parallel.ForAsync(
                    0,
                    due.Count,
                    new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.Parallelism), CancellationToken = cancellationToken },
                    async (i, token) => pages[i] = await RenderAsync(due[i], language, origin, token));
                var rendered = pages.OfType<PreparedPage>().ToList();
                var written = await PageStore.WriteAsync(db, rendered, cancellationToken);
                (stored, failed, after) = (stored + written, failed + due.Count - rendered.Count, due[^1].ArticleId);
            }
        }

        if (stored > 0 || failed > 0)
        {
            logger.LogInformation(
                "Prepared {Stored} article pages in {Seconds:F1} s ({Failed} could not be rendered)",
                stored,
                time.GetElapsedTime(started).TotalSeconds,
                failed);
        }

        return stored;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Wake();
        await foreach (var _ in _wake.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                if (await PrepareDueAsync(stoppingToken) >= ManyPages)
                {
                    // What rendering them took is garbage now: given back, not kept as the server's size.
                    GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                }
                else
                {
                    await RenderFirstAsync(stoppingToken);
                }
            }
            catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
            {
                // Readers get pages rendered live meanwhile; the next change wakes the preparer again.
                logger.LogWarning(e, "Preparing article pages failed; they are rendered live until the next pass");
            }
        }
    }

    /// <summary>
    /// Renders one page, once, when a pass had nothing to do (a start with every page prepared):
    /// the page's code is compiled before the page an admin's first save prepares waits for it.
    /// </summary>
    private async Task RenderFirstAsync(CancellationToken cancellationToken)
    {
        if (_rendered || Origin is not { } origin)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        if (await scope.ServiceProvider.GetRequiredService<KbDbContext>().Articles.OrderBy(a => a.Id).Select(a => a.Slug).FirstOrDefaultAsync(cancellationToken) is { } slug)
        {
            await renderer.RenderAsync($"/articles/{slug}", Languages.Supported[0].Name, new Uri(origin), cancellationToken);
            _rendered = true;
        }
    }

    private async Task<PreparedPage?> RenderAsync(DuePage due, string language, string origin, CancellationToken cancellationToken)
    {
        var rendered = await renderer.RenderAsync($"/articles/{due.Slug}", language, new Uri(origin), cancellationToken);
        if (rendered is not { Status: StatusCodes.Status200OK, Version: { } version })
        {
            logger.LogWarning("The page of article {Slug} could not be rendered in {Language}", due.Slug, language);
            return null;
        }

        return new PreparedPage
        {
            ArticleId = due.ArticleId,
            Language = language,
            Slug = due.Slug,
            Origin = origin,
            Build = Build,
            Version = version.Number,
            Html = Compress(rendered.Html),
        };
    }

    private static byte[] Compress(byte[] html)
    {
        using var compressed = new MemoryStream(html.Length / 4);
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal))
        {
            gzip.Write(html);
        }

        return compressed.ToArray();
    }

    /// <summary>The configured address as <see cref="Site.SiteEndpoints.Origin"/> writes a request's: scheme, host, port and base path, no final slash.</summary>
    private static string? Normalize(string? origin) =>
        string.IsNullOrWhiteSpace(origin) ? null : new Uri(origin).GetLeftPart(UriPartial.Path).TrimEnd('/');
}
