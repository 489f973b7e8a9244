using Sahel.Kb.Domain;

namespace Sahel.Kb.Browse;

/// <summary>A name an article goes by (its title or an alias), as a 404 page compares it.</summary>
public sealed record NamedArticle(string Slug, string Title, string Name);

/// <summary>
/// The titles closest to what a reader typed, by the overlap of letter pairs between slugs
/// (Dice's coefficient), so "kidal-ofensive" or "offensive-kidal" still finds "Kidal offensive".
/// </summary>
public static class ClosestTitles
{
    public const double MinimumSimilarity = 0.4;

    public static IReadOnlyList<NamedArticle> Find(string typed, IEnumerable<NamedArticle> names, int limit)
    {
        var wanted = Bigrams(Article.CreateSlug(typed));
        if (wanted.Count == 0)
        {
            return [];
        }

        return names
            .Select(n => (n, Similarity: Dice(wanted, Bigrams(Article.CreateSlug(n.Name)))))
            .Where(c => c.Similarity >= MinimumSimilarity)
            .GroupBy(c => c.n.Slug, StringComparer.Ordinal)
            .Select(g => g.MaxBy(c => c.Similarity))
            .OrderByDescending(c => c.Similarity)
            .ThenBy(c => c.n.Title, StringComparer.Ordinal)
            .Take(limit)
            .Select(c => c.n)
            .ToList();
    }

    private static double Dice(Dictionary<int, int> a, Dictionary<int, int> b)
    {
        var total = a.Values.Sum() + b.Values.Sum();
        if (total == 0)
        {
            return 0;
        }

        var common = a.Sum(pair => Math.Min(pair.Value, b.GetValueOrDefault(pair.Key)));
        return 2.0 * common / total;
    }

    /// <summary>Letter pairs within words: the word boundaries of a slug are its '-'.</summary>
    private static Dictionary<int, int> Bigrams(string slug)
    {
        var pairs = new Dictionary<int, int>();
        for (var i = 0; i + 1 < slug.Length; i++)
        {
            if (slug[i] != '-' && slug[i + 1] != '-')
            {
                var key = (slug[i] << 16) | slug[i + 1];
                pairs[key] = pairs.GetValueOrDefault(key) + 1;
            }
        }

        return pairs;
    }
}
