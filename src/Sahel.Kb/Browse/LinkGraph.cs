using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Sahel.Kb.Data;
using Sahel.Kb.Domain;
using Sahel.Kb.Import;

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

    private LinkGraph(ContentVersion version, Dictionary<int, ArticleLink> articles, Dictionary<int, int[]> outgoing, Dictionary<int, int[]> incoming) =>
        (Version, _articles, _out, _in) = (version, articles, outgoing, incoming);

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

    /// <summary>
    /// This graph at <paramref name="version"/>, where only <paramref name="changed"/> differ (an edit
    /// changes an article's title and kind and the links from the articles it relinked, never adds or
    /// removes one): their rows and their links out are read again, the rest is kept.
    /// </summary>
    public async Task<LinkGraph> WithAsync(ContentVersion version, IReadOnlyCollection<int> changed, KbDbContext db, CancellationToken cancellationToken)
    {
        var articles = new Dictionary<int, ArticleLink>(_articles);
        foreach (var article in await db.Articles.AsNoTracking().Where(a => changed.Contains(a.Id)).Select(a => new { a.Id, a.Slug, a.Title, a.Kind }).ToListAsync(cancellationToken))
        {
            articles[article.Id] = new ArticleLink(article.Slug, article.Title, article.Kind);
        }

        var related = await db.RelatedItems.AsNoTracking().Where(r => changed.Contains(r.ArticleId)).Select(r => new { r.ArticleId, r.RelatedArticleId }).ToListAsync(cancellationToken);
        var mentions = await db.Mentions.AsNoTracking().Where(m => changed.Contains(m.SourceArticleId)).Select(m => new { m.SourceArticleId, m.TargetArticleId }).ToListAsync(cancellationToken);
        var links = related.Select(r => (From: r.ArticleId, To: r.RelatedArticleId)).Concat(mentions.Select(m => (From: m.SourceArticleId, To: m.TargetArticleId))).Distinct().ToList();

        var outgoing = new Dictionary<int, int[]>(_out);
        var incoming = new Dictionary<int, int[]>(_in);
        var targets = changed.SelectMany(id => _out.GetValueOrDefault(id, None)).Concat(links.Select(l => l.To)).ToHashSet();
        foreach (var id in changed)
        {
            outgoing.Remove(id);
        }

        foreach (var group in links.GroupBy(l => l.From))
        {
            outgoing[group.Key] = [.. group.Select(l => l.To)];
        }

        // Who links to a target: its links from unchanged articles as they were, then those from the changed ones now.
        var fresh = links.ToLookup(l => l.To, l => l.From);
        foreach (var target in targets)
        {
            var from = _in.GetValueOrDefault(target, None).Where(f => !changed.Contains(f)).Concat(fresh[target]).ToArray();
            if (from.Length == 0)
            {
                incoming.Remove(target);
            }
            else
            {
                incoming[target] = from;
            }
        }

        return new LinkGraph(version, articles, outgoing, incoming);
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
/// another version, or updated where only this instance's edits changed it since
/// (<see cref="RecentEdits"/>). Requests that find it stale together wait for one load.
/// </summary>
public sealed class LinkGraphs(ILogger<LinkGraphs> logger, RecentEdits? edits = null) : IDisposable
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
            var graph = _graph is { } before && before.Version.Number < version.Number && edits is not null
                && edits.TryChangedBetween(before.Version.Number, version.Number, out var changed)
                ? await before.WithAsync(version, changed, db, cancellationToken)
                : await LinkGraph.LoadAsync(db, cancellationToken);
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
