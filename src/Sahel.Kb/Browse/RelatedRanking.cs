namespace Sahel.Kb.Browse;

/// <summary>Why an article is among another's related items.</summary>
[Flags]
public enum RelatedReasons
{
    None = 0,

    /// <summary>A seed page lists the two together: one as the page's subject, or both as its items.</summary>
    SameSeedPage = 1,

    /// <summary>The related article's summary mentions this one.</summary>
    MentionsIt = 2,

    /// <summary>This article's summary mentions the related one.</summary>
    MentionedByIt = 4,

    /// <summary>Both are linked with at least <see cref="RelatedRanking.MinimumSharedNeighbours"/> of the same articles.</summary>
    SharesNeighbours = 8,
}

/// <summary>
/// What is around one article. <see cref="ListedWith"/>: a seed page's subject and its items;
/// <see cref="SamePage"/>: everything else on the article's seed pages; the mention counts in
/// each direction; and the links (related items and mentions, either direction) of its direct
/// neighbours, from which shared neighbours are counted.
/// </summary>
public sealed record Neighbourhood(
    int ArticleId,
    IReadOnlySet<int> ListedWith,
    IReadOnlySet<int> SamePage,
    IReadOnlyDictionary<int, int> Mentions,
    IReadOnlyDictionary<int, int> MentionedBy,
    IReadOnlyList<(int From, int To)> NeighbourLinks);

/// <summary>A related article, its score and reasons; <see cref="SharedNeighbours"/>: the articles both are linked with, by id.</summary>
public sealed record RankedRelated(int ArticleId, int Score, RelatedReasons Reasons, IReadOnlyList<int> SharedNeighbours);

/// <summary>
/// Ranks an article's related items. A seed page listing the two together weighs most, then
/// mentions either way (more for repeated mentions), then neighbours in common; articles that
/// only share neighbours need at least two, so a popular hub does not relate everything to everything.
/// </summary>
public static class RelatedRanking
{
    public const int MinimumSharedNeighbours = 2;

    public static IReadOnlyList<RankedRelated> Rank(Neighbourhood around, int limit)
    {
        var direct = around.ListedWith.Concat(around.Mentions.Keys).Concat(around.MentionedBy.Keys).ToHashSet();
        direct.Remove(around.ArticleId);

        var shared = new Dictionary<int, HashSet<int>>();
        foreach (var (from, to) in around.NeighbourLinks)
        {
            Credit(from, to);
            Credit(to, from);
        }

        void Credit(int neighbour, int candidate)
        {
            if (neighbour != candidate && candidate != around.ArticleId && direct.Contains(neighbour))
            {
                (shared.TryGetValue(candidate, out var via) ? via : shared[candidate] = []).Add(neighbour);
            }
        }

        var candidates = direct.Concat(around.SamePage).Concat(shared.Where(s => s.Value.Count >= MinimumSharedNeighbours).Select(s => s.Key))
            .Where(id => id != around.ArticleId)
            .Distinct();
        return candidates
            .Select(id => Score(around, id, shared.TryGetValue(id, out var via) ? [.. via.Order()] : []))
            .OrderByDescending(r => r.Score)
            .ThenBy(r => r.ArticleId)
            .Take(limit)
            .ToList();
    }

    private static RankedRelated Score(Neighbourhood around, int id, IReadOnlyList<int> sharedNeighbours)
    {
        var score = 0;
        var reasons = RelatedReasons.None;
        if (around.ListedWith.Contains(id) || around.SamePage.Contains(id))
        {
            reasons |= RelatedReasons.SameSeedPage;
            score += around.ListedWith.Contains(id) ? 8 : 2;
        }

        if (around.MentionedBy.TryGetValue(id, out var mentionsIt))
        {
            reasons |= RelatedReasons.MentionsIt;
            score += 4 + Math.Min(mentionsIt - 1, 4);
        }

        if (around.Mentions.TryGetValue(id, out var mentionedByIt))
        {
            reasons |= RelatedReasons.MentionedByIt;
            score += 4 + Math.Min(mentionedByIt - 1, 4);
        }

        if (sharedNeighbours.Count >= MinimumSharedNeighbours)
        {
            reasons |= RelatedReasons.SharesNeighbours;
            score += Math.Min(sharedNeighbours.Count, 8);
        }

        return new RankedRelated(id, score, reasons, sharedNeighbours);
    }
}
