using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sahel.Kb.Domain;

namespace Sahel.Kb.Data.EntityConfigurations;

internal sealed class MentionConfiguration : IEntityTypeConfiguration<Mention>
{
    public void Configure(EntityTypeBuilder<Mention> builder)
    {
        builder.HasIndex(m => new { m.SourceArticleId, m.Position });
        builder.HasIndex(m => m.TargetArticleId);
        builder.HasOne<Article>().WithMany().HasForeignKey(m => m.SourceArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Article>().WithMany().HasForeignKey(m => m.TargetArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
