using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Sahel.Kb.Data;
using Sahel.Kb.Domain;

namespace Sahel.Kb.Browse;

/// <summary>How a page names another article: its address, title and kind.</summary>
public sealed record ArticleLink(string Slug, string Title, ArticleKind Kind);

/// <summary>
/// Every article's address and title, and the links between articles (related items and
/// mentions), held in memory at one <see cref="ContentVersion"/>. An article page weighs the
/// links of up to a hundred neighbours for its related items: read from the database, they cost
/// the page more than everything else it reads. About 200 bytes an article.
/// </summary>
public sealed class LinkGraph
{
    private static readonly int[] None = [];

    private readonly Dictionary<int, ArticleLink> _articles;
    private readonly Dictionary<int, int[]> _out;
    private readonly Dictionary<int, int[]> _in;
    private readonly Lock _spellingLock = new();
    private Task<Search.Spelling>? _spelling;

    private LinkGraph(ContentVersion version, Dictionary<int, ArticleLink> articles, IEnumerable<(int From, int To)> links)
    {
        Version = version;
        _articles = articles;
        var distinct = links.Distinct().ToList();
        _out = distinct.GroupBy(l => l.From).ToDictionary(g => g.Key, g => g.Select(l => l.To).ToArray());
        _in = distinct.GroupBy(l => l.To).ToDictionary(g => g.Key, g => g.Select(l => l.From).ToArray());
    }

    public ContentVersion Version { get; }

    public int Count => _articles.Count;

    /// <summary>Every article's slug, title and kind.</summary>
    public IEnumerable<ArticleLink> Articles => _articles.Values;

    /// <summary>
    /// The words of every title and alias, for "Did you mean …": read once per graph, when first
    /// asked, by one caller while the others wait for it. A failed read is tried again next time.
    /// </summary>
    public Task<Search.Spelling> SpellingAsync(KbDbContext db)
    {
        lock (_spellingLock)
        {
            if (_spelling is null || _spelling.IsFaulted || _spelling.IsCanceled)
            {
                _spelling = ReadSpellingAsync(db);
            }

            return _spelling;
        }
    }

    private async Task<Search.Spelling> ReadSpellingAsync(KbDbContext db)
    {
        // Not cancelled with the request that asked first: the others share this read.
        var aliases = await db.Aliases.AsNoTracking().Select(a => a.Name).ToListAsync(CancellationToken.None);
        return new Search.Spelling(_articles.Values.Select(a => a.Title).Concat(aliases));
    }

    /// <summary>Reads the graph; the version first, so the links are at least as new as it says.</summary>
    public static async Task<LinkGraph> LoadAsync(KbDbContext db, CancellationToken cancellationToken)
    {
        var version = await ContentVersion.ReadAsync(db, cancellationToken);
        var articles = await db.Articles.AsNoTracking()
            .Select(a => new { a.Id, a.Slug, a.Title, a.Kind })
            .ToDictionaryAsync(a => a.Id, a => new ArticleLink(a.Slug, a.Title, a.Kind), cancellationToken);
        var related = await db.RelatedItems.AsNoTracking().Select(r => new { r.ArticleId, r.RelatedArticleId }).ToListAsync(cancellationToken);
        var mentions = await db.Mentions.AsNoTracking().Select(m => new { m.SourceArticleId, m.TargetArticleId }).ToListAsync(cancellationToken);
        return new LinkGraph(
            version,
            articles,
            related.Select(r => (r.ArticleId, r.RelatedArticleId)).Concat(mentions.Select(m => (m.SourceArticleId, m.TargetArticleId))));
    }

    public bool Contains(int id) => _articles.ContainsKey(id);

    public bool TryGetArticle(int id, out ArticleLink article) => _articles.TryGetValue(id, out article!);

    /// <summary>Every link (related item or mention) from or to one of <paramref name="ids"/>, each once, in order.</summary>
    public List<(int From, int To)> LinksTouching(IEnumerable<int> ids)
    {
        var links = new HashSet<(int From, int To)>();
        foreach (var id in ids)
        {
            foreach (var to in _out.GetValueOrDefault(id, None))
            {
                links.Add((id, to));
            }

            foreach (var from in _in.GetValueOrDefault(id, None))
            {
                links.Add((from, id));
            }
        }

        return [.. links.Order()];
    }
}

/// <summary>
/// The current <see cref="LinkGraph"/>, loaded again when a page finds the knowledge base at
/// another version. Requests that find it stale together wait for one load.
/// </summary>
public sealed class LinkGraphs(ILogger<LinkGraphs> logger) : IDisposable
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private LinkGraph? _graph;
    private int _loads;

    public async Task<LinkGraph> AtAsync(ContentVersion version, KbDbContext db, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _graph) is { } current && current.Version == version)
        {
            return current;
        }

        var loadsBefore = Volatile.Read(ref _loads);
        await _loading.WaitAsync(cancellationToken);
        try
        {
            // A load that finished while this request waited is as new as the one it would start.
            if (_graph is { } loaded && (loaded.Version == version || _loads != loadsBefore))
            {
                return loaded;
            }

            var started = Stopwatch.GetTimestamp();
            var graph = await LinkGraph.LoadAsync(db, cancellationToken);
            Volatile.Write(ref _graph, graph);
            logger.LogInformation(
                "Read the link graph at version {Version}: {Articles} articles in {Milliseconds:0} ms",
                graph.Version.Number, graph.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            Interlocked.Increment(ref _loads);
            return graph;
        }
        finally
        {
            _loading.Release();
        }
    }

    public void Dispose() => _loading.Dispose();
}
