using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sahel.Kb.Domain;

namespace Sahel.Kb.Data.EntityConfigurations;

internal sealed class PreparedPageConfiguration : IEntityTypeConfiguration<PreparedPage>
{
    public void Configure(EntityTypeBuilder<PreparedPage> builder)
    {
        builder.HasKey(p => new { p.ArticleId, p.Language });
        // A reader asks by address; a renamed article's old row is found by its article and replaced.
        builder.HasIndex(p => new { p.Slug, p.Language });
        builder.Property(p => p.Language).HasMaxLength(16);
        builder.Property(p => p.Slug).HasMaxLength(400);
        builder.Property(p => p.Origin).HasMaxLength(400);
        builder.Property(p => p.Build).HasMaxLength(64);
        builder.HasOne<Article>().WithMany().HasForeignKey(p => p.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PageChangeConfiguration : IEntityTypeConfiguration<PageChange>
{
    public void Configure(EntityTypeBuilder<PageChange> builder)
    {
        builder.HasKey(c => c.ArticleId);
        builder.Property(c => c.ArticleId).ValueGeneratedNever();
        builder.HasOne<Article>().WithMany().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
