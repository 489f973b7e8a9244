namespace Sahel.Kb.Domain;

/// <summary>A seed page lists <see cref="RelatedArticleId"/> as a related item of its subject <see cref="ArticleId"/>.</summary>
public sealed class RelatedItem
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    public int RelatedArticleId { get; set; }

    public required string Page { get; set; }
}
