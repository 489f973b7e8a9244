using Sahel.Kb.Browse;

namespace Sahel.Kb.Tests.Browse;

public class RelatedRankingTests
{
    private static Neighbourhood Around(
        int[]? listedWith = null,
        int[]? samePage = null,
        Dictionary<int, int>? mentions = null,
        Dictionary<int, int>? mentionedBy = null,
        (int, int)[]? links = null) =>
        new(1, (listedWith ?? []).ToHashSet(), (samePage ?? []).ToHashSet(), mentions ?? [], mentionedBy ?? [], links ?? []);

    [Fact]
    public void A_seed_page_listing_weighs_more_than_a_mention_and_a_mention_more_than_a_page_neighbour()
    {
        var ranked = RelatedRanking.Rank(Around(listedWith: [2], samePage: [2, 3, 4], mentions: new() { [4] = 1 }), limit: 10);

        Assert.Equal([2, 4, 3], ranked.Select(r => r.ArticleId));
        Assert.Equal(RelatedReasons.SameSeedPage | RelatedReasons.MentionedByIt, ranked[1].Reasons);
        Assert.Equal(RelatedReasons.SameSeedPage, ranked[2].Reasons);
    }

    [Fact]
    public void Mentions_count_in_both_directions_and_repeated_mentions_rank_higher()
    {
        var ranked = RelatedRanking.Rank(Around(mentions: new() { [2] = 1, [3] = 3 }, mentionedBy: new() { [4] = 1 }), limit: 10);

        Assert.Equal(3, ranked[0].ArticleId);
        Assert.Equal(RelatedReasons.MentionsIt, ranked.Single(r => r.ArticleId == 4).Reasons);
        Assert.Equal(RelatedReasons.MentionedByIt, ranked.Single(r => r.ArticleId == 2).Reasons);
    }

    [Fact]
    public void An_article_linked_with_two_of_the_same_neighbours_is_related_but_one_in_common_is_not_enough()
    {
        var ranked = RelatedRanking.Rank(
            Around(mentions: new() { [2] = 1, [3] = 1 }, links: [(2, 7), (7, 3), (2, 8), (1, 2)]),
            limit: 10);

        var seven = Assert.Single(ranked, r => r.ArticleId == 7);
        Assert.Equal(RelatedReasons.SharesNeighbours, seven.Reasons);
        Assert.Equal([2, 3], seven.SharedNeighbours); // linked with 2 and with 3, which this article mentions
        Assert.DoesNotContain(ranked, r => r.ArticleId == 8);
        Assert.DoesNotContain(ranked, r => r.ArticleId == 1);
    }

    [Fact]
    public void The_list_stops_at_its_limit_keeping_the_strongest()
    {
        var ranked = RelatedRanking.Rank(Around(listedWith: [5], samePage: [2, 3, 4, 5, 6]), limit: 2);

        Assert.Equal([5, 2], ranked.Select(r => r.ArticleId));
    }
}
