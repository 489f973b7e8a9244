using Microsoft.EntityFrameworkCore;
using Sahel.Kb.Browse;
using Sahel.Kb.Data;
using Sahel.Kb.Domain;
using Sahel.Kb.Text;

namespace Sahel.Kb.Web.Pages.Articles;

public sealed record ArticleLink(string Slug, string Title, ArticleKind Kind);

public sealed record RelatedEntry(ArticleLink Article, RelatedReasons Reasons, int SharedNeighbours);

/// <summary>A sentence of another article that mentions this one, split around the mention.</summary>
public sealed record Quote(string Before, string Mention, string After);

public sealed record Backlink(ArticleLink Source, IReadOnlyList<Quote> Quotes);

public sealed record KindGroup<T>(ArticleKind Kind, IReadOnlyList<T> Items);

public sealed record ExternalLink(string Name, string Href);

/// <summary>How the article page addresses other articles and wanted names.</summary>
public sealed record ArticleUrls(Func<string, string> Article, Func<string, string> Wanted);

/// <summary>
/// Everything the article page shows, loaded with a fixed number of queries whatever the number
/// of aliases, dates, related items, mentions and backlinks.
/// </summary>
public sealed record ArticlePage(
    string Slug,
    string Title,
    ArticleKind Kind,
    string KindEvidence,
    string Lead,
    string SummaryHtml,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<DateFact> Dates,
    IReadOnlyList<string> Sources,
    IReadOnlyList<KindGroup<RelatedEntry>> Related,
    IReadOnlyList<KindGroup<Backlink>> Backlinks,
    IReadOnlyList<ExternalLink> ExternalLinks,
    GraphLayout Graph,
    bool MissingFromSeeds,
    DateTime UpdatedAt)
{
    public const int RelatedLimit = 40;

    /// <summary>Shared neighbours are counted through at most this many direct neighbours, the strongest first.</summary>
    public const int NeighbourLimit = 100;

    /// <summary>At most this many articles on the same seed pages are weighed.</summary>
    public const int SamePageLimit = 1000;

    public static async Task<ArticlePage?> LoadAsync(KbDbContext db, string slug, ArticleUrls urls, CancellationToken cancellationToken)
    {
        // One open connection and precompiled queries: a page runs a dozen small queries, and
        // opening a connection or translating LINQ for each would cost more than the SQL.
        await db.Database.OpenConnectionAsync(cancellationToken);
        var article = await Queries.Article(db, slug);
        if (article is null)
        {
            return null;
        }

        var id = article.Id;
        var aliases = await Queries.Aliases(db, id).ToListAsync(cancellationToken);
        var dates = await Queries.Dates(db, id).ToListAsync(cancellationToken);
        var pageMembers = await Queries.PageMembers(db, id, SamePageLimit).ToListAsync(cancellationToken);
        var listedWith = await Queries.ListedWith(db, id).ToListAsync(cancellationToken);
        var mentions = await Queries.Mentions(db, id).ToListAsync(cancellationToken);
        var mentionedBy = await Queries.MentionedBy(db, id).ToListAsync(cancellationToken);
        var wanted = await Queries.Wanted(db, id).ToListAsync(cancellationToken);

        var mentionCounts = mentions.GroupBy(m => m.TargetArticleId).ToDictionary(g => g.Key, g => g.Count());
        var mentionedByCounts = mentionedBy.GroupBy(m => m.SourceArticleId).ToDictionary(g => g.Key, g => g.Count());
        var direct = listedWith
            .Concat(mentionCounts.OrderByDescending(m => m.Value).Select(m => m.Key))
            .Concat(mentionedByCounts.OrderByDescending(m => m.Value).Select(m => m.Key))
            .Distinct()
            .Take(NeighbourLimit)
            .ToArray();
        var neighbourLinks = await Queries.NeighbourLinks(db, direct).ToListAsync(cancellationToken);

        var ranked = RelatedRanking.Rank(
            new Neighbourhood(
                id,
                listedWith.ToHashSet(),
                pageMembers.Select(m => m.ArticleId).Where(m => m != id).ToHashSet(),
                mentionCounts,
                mentionedByCounts,
                neighbourLinks.Select(l => (l.From, l.To)).ToList()),
            RelatedLimit);

        var linked = ranked.Select(r => r.ArticleId).Concat(mentionCounts.Keys).Concat(mentionedByCounts.Keys).Distinct().ToArray();
        var links = (await Queries.Links(db, linked).ToListAsync(cancellationToken))
            .ToDictionary(a => a.Id, a => new ArticleLink(a.Slug, a.Title, a.Kind));

        var summaryLinks = mentions
            .Select(m => (m.Text, Target: links[m.TargetArticleId]))
            .Select(m => new SummaryLink(m.Text, urls.Article(m.Target.Slug), TextFold.Key(m.Text) == TextFold.Key(m.Target.Title) ? null : m.Target.Title))
            .Concat(wanted.Select(w => new SummaryLink(w.Name, urls.Wanted(w.Key), $"{w.Name}: no article yet", "wanted")))
            .DistinctBy(l => TextFold.Key(l.Name))
            .ToList();

        var graph = NeighbourhoodGraph.Layout(
            new GraphArticle(id, article.Slug, article.Title, article.Kind),
            ranked.Select(r => (r.ArticleId, Link: links[r.ArticleId])).Select(r => new GraphArticle(r.ArticleId, r.Link.Slug, r.Link.Title, r.Link.Kind)).ToList(),
            neighbourLinks.Select(l => (l.From, l.To)).Concat(direct.Select(d => (id, d))));

        return new ArticlePage(
            article.Slug,
            article.Title,
            article.Kind,
            article.KindEvidence,
            Sentences.Lead(article.PlainSummary, maxLength: 160),
            Text.SummaryHtml.Render(article.Summary, summaryLinks),
            aliases.Order(StringComparer.CurrentCulture).ToList(),
            DateText.Facts(dates),
            pageMembers.Where(m => m.ArticleId == id).Select(m => m.Page).Order(StringComparer.Ordinal).ToList(),
            GroupByKind(ranked.Select(r => new RelatedEntry(links[r.ArticleId], r.Reasons, r.SharedNeighbours)), r => r.Article.Kind),
            GroupByKind(
                mentionedBy
                    .GroupBy(m => m.SourceArticleId)
                    .Select(g => new Backlink(links[g.Key], g.DistinctBy(m => m.Sentence).Select(m => QuoteOf(m.Sentence, m.Text)).ToList()))
                    .OrderBy(b => b.Source.Title, StringComparer.CurrentCulture),
                b => b.Source.Kind),
            ExternalLinksOf(article.Title, hasSource: pageMembers.Any(m => m.ArticleId == id)),
            graph,
            article.MissingFromSeeds,
            article.UpdatedAt);
    }

    private sealed record ArticleData(int Id, string Slug, string Title, ArticleKind Kind, string KindEvidence, string Summary, string PlainSummary, bool MissingFromSeeds, DateTime UpdatedAt);

    private sealed record PageMember(int ArticleId, string Page);

    private sealed record MentionOut(int TargetArticleId, string Text);

    private sealed record MentionIn(int SourceArticleId, string Text, string Sentence);

    private sealed record WantedOut(string Name, string Key);

    private sealed record LinkPair(int From, int To);

    private sealed record LinkedArticle(int Id, string Slug, string Title, ArticleKind Kind);

    /// <summary>The page's queries, translated once.</summary>
    private static class Queries
    {
        public static readonly Func<KbDbContext, string, Task<ArticleData?>> Article = EF.CompileAsyncQuery((KbDbContext db, string slug) =>
            db.Articles.AsNoTracking().Where(a => a.Slug == slug)
                .Select(a => new ArticleData(a.Id, a.Slug, a.Title, a.Kind, a.KindEvidence, a.Summary, a.PlainSummary, a.MissingFromSeeds, a.UpdatedAt))
                .SingleOrDefault());

        public static readonly Func<KbDbContext, int, IAsyncEnumerable<string>> Aliases = EF.CompileAsyncQuery((KbDbContext db, int id) =>
            db.Aliases.AsNoTracking().Where(a => a.ArticleId == id).Select(a => a.Name));

        public static readonly Func<KbDbContext, int, IAsyncEnumerable<ArticleDate>> Dates = EF.CompileAsyncQuery((KbDbContext db, int id) =>
            db.Dates.AsNoTracking().Where(d => d.ArticleId == id));

        public static readonly Func<KbDbContext, int, int, IAsyncEnumerable<PageMember>> PageMembers = EF.CompileAsyncQuery((KbDbContext db, int id, int limit) =>
            db.Sources.AsNoTracking()
                .Where(s => db.Sources.Where(own => own.ArticleId == id).Select(own => own.Page).Contains(s.Page))
                .OrderBy(s => s.ArticleId == id ? 0 : 1).ThenBy(s => s.ArticleId)
                .Take(limit)
                .Select(s => new PageMember(s.ArticleId, s.Page)));

        public static readonly Func<KbDbContext, int, IAsyncEnumerable<int>> ListedWith = EF.CompileAsyncQuery((KbDbContext db, int id) =>
            db.RelatedItems.AsNoTracking()
                .Where(r => r.ArticleId == id || r.RelatedArticleId == id)
                .Select(r => r.ArticleId == id ? r.RelatedArticleId : r.ArticleId)
                .Distinct());

        public static readonly Func<KbDbContext, int, IAsyncEnumerable<MentionOut>> Mentions = EF.CompileAsyncQuery((KbDbContext db, int id) =>
            db.Mentions.AsNoTracking().Where(m => m.SourceArticleId == id).Select(m => new MentionOut(m.TargetArticleId, m.Text)));

        public static readonly Func<KbDbContext, int, IAsyncEnumerable<MentionIn>> MentionedBy = EF.CompileAsyncQuery((KbDbContext db, int id) =>
            db.Mentions.AsNoTracking()
                .Where(m => m.TargetArticleId == id)
                .OrderBy(m => m.SourceArticleId).ThenBy(m => m.Position)
                .Select(m => new MentionIn(m.SourceArticleId, m.Text, m.Sentence)));

        public static readonly Func<KbDbContext, int, IAsyncEnumerable<WantedOut>> Wanted = EF.CompileAsyncQuery((KbDbContext db, int id) =>
            db.WantedNames.AsNoTracking().Where(w => w.ArticleId == id).Select(w => new WantedOut(w.Name, w.Key)));

        public static readonly Func<KbDbContext, int[], IAsyncEnumerable<LinkPair>> NeighbourLinks = EF.CompileAsyncQuery((KbDbContext db, int[] direct) =>
            db.RelatedItems.AsNoTracking()
                .Where(r => direct.Contains(r.ArticleId) || direct.Contains(r.RelatedArticleId))
                .Select(r => new { From = r.ArticleId, To = r.RelatedArticleId })
                .Concat(db.Mentions.AsNoTracking()
                    .Where(m => direct.Contains(m.SourceArticleId) || direct.Contains(m.TargetArticleId))
                    .Select(m => new { From = m.SourceArticleId, To = m.TargetArticleId }))
                .Distinct()
                .Select(l => new LinkPair(l.From, l.To)));

        public static readonly Func<KbDbContext, int[], IAsyncEnumerable<LinkedArticle>> Links = EF.CompileAsyncQuery((KbDbContext db, int[] ids) =>
            db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(a => new LinkedArticle(a.Id, a.Slug, a.Title, a.Kind)));
    }

    /// <summary>Groups in the order of <see cref="ArticleKinds.All"/>, each keeping the order it was given.</summary>
    private static List<KindGroup<T>> GroupByKind<T>(IEnumerable<T> items, Func<T, ArticleKind> kindOf) =>
        items.GroupBy(kindOf).OrderBy(g => g.Key).Select(g => new KindGroup<T>(g.Key, g.ToList())).ToList();

    private static Quote QuoteOf(string sentence, string mention)
    {
        var at = sentence.IndexOf(mention, StringComparison.Ordinal);
        return at < 0 ? new Quote(sentence, "", "") : new Quote(sentence[..at], mention, sentence[(at + mention.Length)..]);
    }

    /// <summary>The seed's "OR: [Wikipedia] [Google] [Baidu]" links, made from the title as the mirror makes them.</summary>
    private static List<ExternalLink> ExternalLinksOf(string title, bool hasSource)
    {
        if (!hasSource)
        {
            return [];
        }

        var wikiTitle = Uri.EscapeDataString(title.Replace(' ', '_'));
        var query = Uri.EscapeDataString(title);
        return
        [
            new("Wikipedia", $"https://en.wikipedia.org/wiki/{wikiTitle}"),
            new("Google", $"https://www.google.com/search?q={query}"),
            new("Baidu", $"https://www.baidu.com/s?wd={query}"),
        ];
    }
}
