using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sahel.Kb.Domain;

namespace Sahel.Kb.Data.EntityConfigurations;

internal sealed class ImportChangeConfiguration : IEntityTypeConfiguration<ImportChange>
{
    public void Configure(EntityTypeBuilder<ImportChange> builder)
    {
        builder.HasIndex(c => new { c.ImportRunId, c.Slug });
        builder.Property(c => c.Slug).HasMaxLength(200);
        builder.Property(c => c.Title).HasMaxLength(400);
        builder.Property(c => c.Field).HasMaxLength(16);
        builder.Property(c => c.Change).HasMaxLength(16);
    }
}
