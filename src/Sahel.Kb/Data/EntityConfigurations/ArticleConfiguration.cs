using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sahel.Kb.Domain;

namespace Sahel.Kb.Data.EntityConfigurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.HasIndex(a => a.Slug).IsUnique();
        // A kind's list pages through its articles in slug order.
        builder.HasIndex(a => new { a.Kind, a.Slug });
        builder.HasIndex(a => a.UpdatedAt);
        builder.Property(a => a.Slug).HasMaxLength(200);
        builder.Property(a => a.Title).HasMaxLength(400);
        builder.HasMany(a => a.Aliases).WithOne().HasForeignKey(a => a.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Dates).WithOne().HasForeignKey(d => d.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Snippets).WithOne().HasForeignKey(s => s.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
