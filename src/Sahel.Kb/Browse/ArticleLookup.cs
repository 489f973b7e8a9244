using Microsoft.EntityFrameworkCore;
using Sahel.Kb.Data;
using Sahel.Kb.Domain;
using Sahel.Kb.Search;
using Sahel.Kb.Text;

namespace Sahel.Kb.Browse;

/// <summary>Finds the article a reader meant by any way of writing its title or one of its aliases.</summary>
public static class ArticleLookup
{
    /// <summary>
    /// The canonical slug for "JNIM", "csp-psd", "Algiers Agreement" or "Kidal-Offensive"; null
    /// when no article goes by that name, or when two do (an ambiguous alias names neither).
    /// </summary>
    public static async Task<string?> CanonicalSlugAsync(KbDbContext db, string name, CancellationToken cancellationToken = default)
    {
        var key = Article.CreateSlug(name);
        if (key.Length == 0)
        {
            return null;
        }

        var bySlug = await db.Articles.AsNoTracking().Where(a => a.Slug == key).Select(a => a.Slug).SingleOrDefaultAsync(cancellationToken);
        if (bySlug is not null)
        {
            return bySlug;
        }

        var byAlias = await db.Aliases.AsNoTracking()
            .Where(a => a.Key == key)
            .Join(db.Articles, alias => alias.ArticleId, article => article.Id, (_, article) => article.Slug)
            .Distinct()
            .OrderBy(slug => slug)
            .Take(2)
            .ToListAsync(cancellationToken);
        return byAlias.Count == 1 ? byAlias[0] : null;
    }

    /// <summary>At most this many articles are compared letter by letter with what a reader typed.</summary>
    public const int CandidateLimit = 300;

    /// <summary>
    /// The titles and aliases of the articles whose names share a word start (three letters) with
    /// what a reader typed, best first: the candidates <see cref="ClosestTitles"/> compares, found
    /// through the search index instead of reading every name.
    /// </summary>
    public static async Task<List<NamedArticle>> CandidateNamesAsync(KbDbContext db, string typed, CancellationToken cancellationToken = default)
    {
        var starts = SearchQuery.Terms(typed.Replace('-', ' ').Replace('_', ' '))
            .SelectMany(t => t)
            .Select(word => word.Length > 3 ? word[..3] : word)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(SearchQuery.MaxTerms)
            .ToList();
        if (starts.Count == 0)
        {
            return [];
        }

        var ids = await SearchIndex.NameStartsAsync(db, starts, CandidateLimit, cancellationToken);
        return await CandidateNamesOfAsync(db, ids, cancellationToken);
    }

    /// <summary>At most this many articles are listed as what one name may refer to.</summary>
    public const int ReferentLimit = 100;

    /// <summary>
    /// The articles a name may refer to: those that share it as an alias, and those whose title or
    /// an alias holds it as whole words ("Kidal": Kidal Region, Kidal offensive, Battle of Kidal
    /// (2023)), by title. One or none, and the name needs no page of its own.
    /// </summary>
    public static async Task<List<NamedArticle>> ReferentsAsync(KbDbContext db, string name, CancellationToken cancellationToken = default)
    {
        var words = $" {TextFold.Key(name.Replace('-', ' ').Replace('_', ' '))} ";
        var terms = SearchQuery.Terms(name.Replace('-', ' ').Replace('_', ' '));
        if (words.Trim().Length == 0 || terms.Count == 0)
        {
            return [];
        }

        var ids = await SearchIndex.RankAsync(db, terms, namesOnly: true, kindName: null, take: ReferentLimit * 3, cancellationToken);
        var names = await CandidateNamesOfAsync(db, ids, cancellationToken);
        return names
            .Where(n => $" {TextFold.Key(n.Name.Replace('-', ' '))} ".Contains(words, StringComparison.Ordinal))
            .DistinctBy(n => n.Slug)
            .OrderBy(n => n.Title, StringComparer.CurrentCulture)
            .Take(ReferentLimit)
            .ToList();
    }

    private static async Task<List<NamedArticle>> CandidateNamesOfAsync(KbDbContext db, List<int> ids, CancellationToken cancellationToken)
    {
        var titles = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(a => new NamedArticle(a.Slug, a.Title, a.Title)).ToListAsync(cancellationToken);
        var aliases = await db.Aliases.AsNoTracking()
            .Where(a => ids.Contains(a.ArticleId))
            .Join(db.Articles, alias => alias.ArticleId, article => article.Id, (alias, article) => new NamedArticle(article.Slug, article.Title, alias.Name))
            .ToListAsync(cancellationToken);
        return [.. titles, .. aliases];
    }
}
