using Sahel.Kb.Text;

namespace Sahel.Kb.Import;

/// <summary>An article's address and title.</summary>
public sealed record TitledArticle(string Slug, string Title);

/// <summary>
/// Articles whose titles differ but look the same (<see cref="Confusables"/>): "Kidal Regiоn"
/// with a Cyrillic о beside "Kidal Region". Such a title is imported, with a warning in the
/// import's report, and listed for admins until one of them is renamed.
/// </summary>
public static class LookAlikeTitles
{
    /// <summary>Each group of two or more articles whose titles share one skeleton, in slug order.</summary>
    public static IReadOnlyList<IReadOnlyList<TitledArticle>> Find(IEnumerable<TitledArticle> articles) =>
        [.. articles
            .GroupBy(a => Confusables.Skeleton(a.Title), StringComparer.Ordinal)
            .Select(g => g.DistinctBy(a => a.Title, StringComparer.Ordinal).OrderBy(a => a.Slug, StringComparer.Ordinal).ToList())
            .Where(g => g.Count > 1)
            .OrderBy(g => g[0].Slug, StringComparer.Ordinal)];

    /// <summary>A warning for each article of <paramref name="newSlugs"/> whose title looks like another's.</summary>
    public static IEnumerable<string> Warnings(IEnumerable<TitledArticle> articles, IReadOnlySet<string> newSlugs) =>
        from g in Find(articles)
        from article in g
        where newSlugs.Contains(article.Slug)
        let others = string.Join(", ", g.Where(o => o != article).Select(o => $"\"{o.Title}\" ({o.Slug})"))
        select $"\"{article.Title}\" ({article.Slug}) looks like {others}: the titles differ only in look-alike characters (another script's letters, digits for letters); check the seed page";
}
