using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sahel.Kb.Domain;

namespace Sahel.Kb.Data.EntityConfigurations;

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
