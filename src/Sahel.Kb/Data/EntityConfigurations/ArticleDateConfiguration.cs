using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sahel.Kb.Domain;

namespace Sahel.Kb.Data.EntityConfigurations;

internal sealed class ArticleDateConfiguration : IEntityTypeConfiguration<ArticleDate>
{
    public void Configure(EntityTypeBuilder<ArticleDate> builder)
    {
        builder.HasIndex(d => d.ArticleId);
        builder.HasIndex(d => d.Value);
        builder.Property(d => d.Value).HasMaxLength(10);
        builder.Property(d => d.Qualifier).HasMaxLength(8);
        builder.Property(d => d.Event).HasMaxLength(400);
    }
}
