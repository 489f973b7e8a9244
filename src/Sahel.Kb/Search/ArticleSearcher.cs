using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Sahel.Kb.Browse;
using Sahel.Kb.Data;
using Sahel.Kb.Domain;
using Sahel.Kb.Text;

namespace Sahel.Kb.Search;

/// <summary>One result: the article and a snippet whose matched words sit between <see cref="ArticleSearcher.MarkStart"/> and <see cref="ArticleSearcher.MarkEnd"/>.</summary>
public sealed record SearchHit(string Slug, string Title, ArticleKind Kind, string Snippet)
{
    /// <summary>The snippet as plain text.</summary>
    public string PlainSnippet => Snippet.Replace(ArticleSearcher.MarkStart, "", StringComparison.Ordinal).Replace(ArticleSearcher.MarkEnd, "", StringComparison.Ordinal);

    /// <summary>The snippet as HTML: the text encoded, the matched words in <c>&lt;mark&gt;</c>.</summary>
    public string SnippetHtml
    {
        get
        {
            var html = new StringBuilder(Snippet.Length + 32);
            var open = false;
            foreach (var part in Snippet.Split([ArticleSearcher.MarkStart, ArticleSearcher.MarkEnd], StringSplitOptions.None).Select((text, i) => (text, i)))
            {
                if (part.i > 0)
                {
                    html.Append(open ? "</mark>" : "<mark>");
                    open = !open;
                }

                html.Append(WebUtility.HtmlEncode(part.text));
            }

            return open ? html.Append("</mark>").ToString() : html.ToString();
        }
    }
}

/// <summary>A page of results, how many there are in all and by kind, and the article the query names exactly, if any.</summary>
public sealed record SearchResults(
    IReadOnlyList<SearchHit> Hits,
    int Total,
    IReadOnlyDictionary<ArticleKind, int> ByKind,
    SearchHit? Exact);

/// <summary>
/// Full-text search over the index of titles, aliases and summaries (<see cref="SearchIndex"/>:
/// FTS5 on SQLite, tsvector on PostgreSQL). Articles whose title or an alias matches come before
/// those matched only in their summary: the article the query names first, then titles that begin
/// with it, then titles that hold it, then aliases; within each, the engine's ranking.
/// </summary>
public static class ArticleSearcher
{
    public const string MarkStart = "\uE000";
    public const string MarkEnd = "\uE001";

    /// <summary>
    /// At most this many matches in titles and aliases, and this many in summaries, are ranked:
    /// a word in nearly every article still answers at once (the best of its first matches).
    /// </summary>
    public const int RankCap = 1000;

    public static async Task<SearchResults> SearchAsync(
        KbDbContext db, string? text, ArticleKind? kind, int skip, int take, bool countByKind = true, CancellationToken cancellationToken = default)
    {
        var terms = SearchQuery.Terms(text ?? "");
        if (terms.Count == 0)
        {
            return new SearchResults([], 0, new Dictionary<ArticleKind, int>(), null);
        }

        var kindName = kind?.Name();
        var byKind = new Dictionary<ArticleKind, int>();
        if (countByKind)
        {
            var counts = await SearchIndex.CountByKindAsync(db, terms, cancellationToken);
            byKind = counts.ToDictionary(c => ArticleKinds.Parse(c.Kind), c => c.Count);
        }

        // Matches in titles and aliases first, then the rest, each best first; snippets only for the page shown.
        var exact = await ExactAsync(db, text!, cancellationToken);
        var inNames = await InTitleOrderAsync(db, await SearchIndex.RankAsync(db, terms, namesOnly: true, kindName, RankCap, cancellationToken), text!, exact, cancellationToken);
        var inText = await SearchIndex.RankAsync(db, terms, namesOnly: false, kindName, skip + take + inNames.Count, cancellationToken);
        var named = inNames.ToHashSet();
        var page = inNames.Concat(inText.Where(id => !named.Contains(id))).Skip(skip).Take(take).ToList();
        var found = (await db.Articles.AsNoTracking()
                .Where(a => page.Contains(a.Id))
                .Select(a => new { a.Id, a.Slug, a.Title, a.Kind, a.PlainSummary })
                .ToListAsync(cancellationToken))
            .ToDictionary(a => a.Id);
        var hits = page.Where(found.ContainsKey).Select(id => found[id])
            .Select(a => new SearchHit(a.Slug, a.Title, a.Kind, SearchSnippet.Make(a.PlainSummary, terms)))
            .ToList();

        return new SearchResults(
            hits,
            kind is { } k ? byKind.GetValueOrDefault(k) : byKind.Values.Sum(),
            byKind,
            exact);
    }

    /// <summary>Titles for a search box: articles whose title or an alias starts with what was typed, best first.</summary>
    public static async Task<List<SearchHit>> SuggestAsync(KbDbContext db, string? text, int take, CancellationToken cancellationToken = default)
    {
        var terms = SearchQuery.Terms(text ?? "");
        if (terms.Count == 0)
        {
            return [];
        }

        var ids = await SearchIndex.SuggestAsync(db, terms, take, cancellationToken);
        var found = await db.Articles.AsNoTracking()
            .Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, Hit = new SearchHit(a.Slug, a.Title, a.Kind, "") })
            .ToDictionaryAsync(a => a.Id, a => a.Hit, cancellationToken);
        return ids.Where(found.ContainsKey).Select(id => found[id]).ToList();
    }

    /// <summary>At most this many of the best matches in names are put in the order of <see cref="InTitleOrderAsync"/>.</summary>
    public const int TitleOrderCap = 200;

    /// <summary>
    /// Matches in names, the article the query names exactly first (by title or alias), then titles
    /// that begin with the query ("Kidal Region" for "kidal"), then titles that hold it
    /// ("Battle of Kidal"), then matches in aliases alone; the engine's order within each.
    /// </summary>
    private static async Task<List<int>> InTitleOrderAsync(KbDbContext db, List<int> ranked, string text, SearchHit? exact, CancellationToken cancellationToken)
    {
        var head = ranked.Take(TitleOrderCap).ToList();
        var titles = await db.Articles.AsNoTracking().Where(a => head.Contains(a.Id)).Select(a => new { a.Id, a.Slug, a.Title }).ToDictionaryAsync(a => a.Id, cancellationToken);
        var query = TextFold.Key(text);
        int Tier(int id)
        {
            if (!titles.TryGetValue(id, out var article))
            {
                return 3;
            }

            var title = TextFold.Key(article.Title);
            return article.Slug == exact?.Slug ? 0
                : title.StartsWith(query, StringComparison.Ordinal) ? 1
                : $" {title} ".Contains($" {query} ", StringComparison.Ordinal) ? 2
                : 3;
        }

        return [.. head.Select((id, rank) => (id, rank)).OrderBy(r => Tier(r.id)).ThenBy(r => r.rank).Select(r => r.id), .. ranked.Skip(TitleOrderCap)];
    }

    private static async Task<SearchHit?> ExactAsync(KbDbContext db, string text, CancellationToken cancellationToken)
    {
        if (await ArticleLookup.CanonicalSlugAsync(db, text, cancellationToken) is not { } slug)
        {
            return null;
        }

        var article = await db.Articles.AsNoTracking().Where(a => a.Slug == slug).Select(a => new { a.Slug, a.Title, a.Kind }).SingleAsync(cancellationToken);
        return new SearchHit(article.Slug, article.Title, article.Kind, "");
    }
}
