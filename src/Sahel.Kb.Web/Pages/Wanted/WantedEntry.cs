using Microsoft.EntityFrameworkCore;
using Sahel.Kb.Data;
using Sahel.Kb.Domain;

namespace Sahel.Kb.Web.Pages.Wanted;

/// <summary>A summary that mentions a wanted name, and the sentence it does so in.</summary>
public sealed record WantedPlace(string Slug, string Title, string Sentence);

/// <summary>
/// A name without an article: <see cref="Name"/> as its key spells it (an acronym's full name, "2012
/// Tuareg rebellion" for "the Tuareg rebellion of 2012") or else as most summaries write it, the
/// other ways they write it, what the texts suggest it is, and every place it is mentioned.
/// </summary>
public sealed record WantedEntry(string Key, string Name, IReadOnlyList<string> OtherForms, ArticleKind? Kind, IReadOnlyList<WantedPlace> Places)
{
    /// <summary>The entries for the given keys, in their order, with one query.</summary>
    public static async Task<List<WantedEntry>> LoadAsync(KbDbContext db, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var places = (await db.WantedNames.AsNoTracking()
                .Where(w => keys.Contains(w.Key))
                .Join(db.Articles, w => w.ArticleId, a => a.Id, (w, a) => new { w.Key, w.Name, w.Kind, a.Slug, a.Title, w.Sentence })
                .ToListAsync(cancellationToken))
            .ToLookup(p => p.Key);
        return keys
            .Where(key => places[key].Any())
            .Select(key =>
            {
                var forms = places[key].GroupBy(p => p.Name)
                    .OrderByDescending(g => WantedName.CreateKey(g.Key) == key).ThenByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => g.Key)
                    .ToList();
                var kind = places[key].Where(p => p.Kind is not null).GroupBy(p => p.Kind).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).FirstOrDefault();
                return new WantedEntry(
                    key,
                    forms[0],
                    forms.Skip(1).Where(f => !string.Equals(f, forms[0], StringComparison.OrdinalIgnoreCase)).ToList(),
                    kind,
                    places[key].OrderBy(p => p.Slug, StringComparer.Ordinal).Select(p => new WantedPlace(p.Slug, p.Title, p.Sentence)).ToList());
            })
            .ToList();
    }

    /// <summary>"probably a place", or null when the texts do not say.</summary>
    public string? KindGuess => Kind switch
    {
        ArticleKind.Region => "probably a place",
        ArticleKind.Person => "probably a person",
        ArticleKind.Group => "probably a group",
        ArticleKind.Event => "probably an event",
        ArticleKind.Agreement => "probably an agreement",
        _ => null,
    };
}
