using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sahel.Kb.Domain;

namespace Sahel.Kb.Data.EntityConfigurations;

internal sealed class RelatedItemConfiguration : IEntityTypeConfiguration<RelatedItem>
{
    public void Configure(EntityTypeBuilder<RelatedItem> builder)
    {
        builder.HasIndex(r => new { r.ArticleId, r.RelatedArticleId, r.Page }).IsUnique();
        builder.HasIndex(r => r.RelatedArticleId);
        builder.HasIndex(r => r.Page);
        builder.Property(r => r.Page).HasMaxLength(400);
        builder.HasOne<Article>().WithMany().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Article>().WithMany().HasForeignKey(r => r.RelatedArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
