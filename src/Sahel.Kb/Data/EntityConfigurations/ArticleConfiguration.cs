using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sahel.Kb.Domain;

namespace Sahel.Kb.Data.EntityConfigurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.HasIndex(a => a.Slug).IsUnique();
        builder.HasIndex(a => a.Kind);
        builder.HasIndex(a => a.UpdatedAt);
        builder.Property(a => a.Slug).HasMaxLength(200);
        builder.Property(a => a.Title).HasMaxLength(400);
        builder.HasMany(a => a.Aliases).WithOne().HasForeignKey(a => a.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Dates).WithOne().HasForeignKey(d => d.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Sources).WithOne().HasForeignKey(s => s.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AliasConfiguration : IEntityTypeConfiguration<Alias>
{
    public void Configure(EntityTypeBuilder<Alias> builder)
    {
        builder.HasIndex(a => a.Key);
        builder.HasIndex(a => new { a.ArticleId, a.Key }).IsUnique();
        builder.Property(a => a.Name).HasMaxLength(400);
        builder.Property(a => a.Key).HasMaxLength(400);
    }
}

internal sealed class ArticleDateConfiguration : IEntityTypeConfiguration<ArticleDate>
{
    public void Configure(EntityTypeBuilder<ArticleDate> builder)
    {
        builder.HasIndex(d => d.ArticleId);
        builder.HasIndex(d => d.Value);
        builder.Property(d => d.Value).HasMaxLength(10);
    }
}

internal sealed class ArticleSourceConfiguration : IEntityTypeConfiguration<ArticleSource>
{
    public void Configure(EntityTypeBuilder<ArticleSource> builder)
    {
        builder.HasIndex(s => new { s.ArticleId, s.Page }).IsUnique();
        builder.HasIndex(s => s.Page);
        builder.Property(s => s.Page).HasMaxLength(400);
    }
}

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
