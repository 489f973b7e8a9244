using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sahel.Kb.Domain;

namespace Sahel.Kb.Data.EntityConfigurations;

internal sealed class WantedNameConfiguration : IEntityTypeConfiguration<WantedName>
{
    public void Configure(EntityTypeBuilder<WantedName> builder)
    {
        builder.HasIndex(w => new { w.ArticleId, w.Key }).IsUnique();
        builder.HasIndex(w => w.Key);
        builder.Property(w => w.Name).HasMaxLength(400);
        builder.Property(w => w.Key).HasMaxLength(400);
        builder.HasOne<Article>().WithMany().HasForeignKey(w => w.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
