using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sahel.Kb.Domain;

namespace Sahel.Kb.Data.EntityConfigurations;

internal sealed class ArticleSourceConfiguration : IEntityTypeConfiguration<ArticleSource>
{
    public void Configure(EntityTypeBuilder<ArticleSource> builder)
    {
        builder.HasIndex(s => new { s.ArticleId, s.Page }).IsUnique();
        builder.HasIndex(s => s.Page);
        builder.Property(s => s.Page).HasMaxLength(400);
    }
}
