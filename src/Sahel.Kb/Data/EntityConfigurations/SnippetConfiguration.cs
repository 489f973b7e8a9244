using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sahel.Kb.Domain;

namespace Sahel.Kb.Data.EntityConfigurations;

internal sealed class SnippetConfiguration : IEntityTypeConfiguration<Snippet>
{
    public void Configure(EntityTypeBuilder<Snippet> builder)
    {
        // The table keeps its first name: it lists every page an article came from, now with what the page said.
        builder.ToTable("Sources");
        builder.HasIndex(s => new { s.ArticleId, s.Page }).IsUnique();
        builder.HasIndex(s => s.Page);
        builder.Property(s => s.Page).HasMaxLength(400);
        builder.Property(s => s.Title).HasMaxLength(400);
        builder.Property(s => s.Hash).HasMaxLength(64);
    }
}
