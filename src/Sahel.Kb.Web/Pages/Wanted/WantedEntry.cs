using Microsoft.EntityFrameworkCore;
using Sahel.Kb.Data;

namespace Sahel.Kb.Web.Pages.Wanted;

/// <summary>A summary that mentions a wanted name, and the sentence it does so in.</summary>
public sealed record WantedPlace(string Slug, string Title, string Sentence);

/// <summary>A name without an article, as most summaries write it, and every place it is mentioned.</summary>
public sealed record WantedEntry(string Key, string Name, IReadOnlyList<WantedPlace> Places)
{
    /// <summary>The entries for the given keys, in their order, with one query.</summary>
    public static async Task<List<WantedEntry>> LoadAsync(KbDbContext db, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var places = (await db.WantedNames.AsNoTracking()
                .Where(w => keys.Contains(w.Key))
                .Join(db.Articles, w => w.ArticleId, a => a.Id, (w, a) => new { w.Key, w.Name, a.Slug, a.Title, w.Sentence })
                .ToListAsync(cancellationToken))
            .ToLookup(p => p.Key);
        return keys
            .Where(key => places[key].Any())
            .Select(key => new WantedEntry(
                key,
                places[key].GroupBy(p => p.Name).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key,
                places[key].OrderBy(p => p.Slug, StringComparer.Ordinal).Select(p => new WantedPlace(p.Slug, p.Title, p.Sentence)).ToList()))
            .ToList();
    }
}
