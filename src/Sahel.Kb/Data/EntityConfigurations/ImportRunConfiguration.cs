using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sahel.Kb.Domain;

namespace Sahel.Kb.Data.EntityConfigurations;

internal sealed class ImportRunConfiguration : IEntityTypeConfiguration<ImportRun>
{
    public void Configure(EntityTypeBuilder<ImportRun> builder)
    {
        builder.HasIndex(r => r.StartedAt);
        builder.Property(r => r.StartedBy).HasMaxLength(256);
        builder.HasMany(r => r.Changes).WithOne().HasForeignKey(c => c.ImportRunId).OnDelete(DeleteBehavior.Cascade);
    }
}
