using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sahel.Kb.Domain;

namespace Sahel.Kb.Data.EntityConfigurations;

internal sealed class ConflictConfiguration : IEntityTypeConfiguration<Conflict>
{
    public void Configure(EntityTypeBuilder<Conflict> builder)
    {
        builder.HasIndex(c => new { c.ArticleId, c.Resolution });
        builder.HasIndex(c => c.ImportRunId);
        builder.Property(c => c.Field).HasMaxLength(16);
        builder.Property(c => c.ResolvedBy).HasMaxLength(256);
        builder.HasOne<Article>().WithMany().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ImportRun>().WithMany().HasForeignKey(c => c.ImportRunId).OnDelete(DeleteBehavior.Cascade);
    }
}
