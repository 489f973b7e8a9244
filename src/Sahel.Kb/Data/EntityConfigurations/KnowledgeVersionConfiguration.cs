using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sahel.Kb.Data.EntityConfigurations;

internal sealed class KnowledgeVersionConfiguration : IEntityTypeConfiguration<KnowledgeVersion>
{
    public void Configure(EntityTypeBuilder<KnowledgeVersion> builder)
    {
        builder.ToTable("KnowledgeVersion");
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.HasData(new KnowledgeVersion { Id = 1, Number = 1 });
    }
}
