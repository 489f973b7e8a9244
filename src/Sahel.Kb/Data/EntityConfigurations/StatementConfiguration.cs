using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sahel.Kb.Domain;

namespace Sahel.Kb.Data.EntityConfigurations;

internal sealed class StatementConfiguration : IEntityTypeConfiguration<Statement>
{
    public void Configure(EntityTypeBuilder<Statement> builder)
    {
        builder.HasIndex(s => new { s.SubjectArticleId, s.Property });
        builder.HasIndex(s => new { s.Property, s.ObjectArticleId });
        builder.HasIndex(s => s.ObjectArticleId);
        builder.Property(s => s.Property).HasMaxLength(8);
        builder.Property(s => s.ObjectName).HasMaxLength(400);
        builder.Property(s => s.Qualifiers).HasMaxLength(200);
        builder.Property(s => s.Source).HasMaxLength(400);
        builder.HasOne<Article>().WithMany().HasForeignKey(s => s.SubjectArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Article>().WithMany().HasForeignKey(s => s.ObjectArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
