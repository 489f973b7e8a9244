using Microsoft.EntityFrameworkCore;
using Sahel.Kb.Domain;

namespace Sahel.Kb.Data;

public sealed class KbDbContext(DbContextOptions<KbDbContext> options) : DbContext(options)
{
    public DbSet<Article> Articles => Set<Article>();

    public DbSet<Alias> Aliases => Set<Alias>();

    public DbSet<ArticleDate> Dates => Set<ArticleDate>();

    public DbSet<ArticleSource> Sources => Set<ArticleSource>();

    public DbSet<RelatedItem> RelatedItems => Set<RelatedItem>();

    public DbSet<Mention> Mentions => Set<Mention>();

    public DbSet<WantedName> WantedNames => Set<WantedName>();

    public DbSet<ImportRun> ImportRuns => Set<ImportRun>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(KbDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<ArticleKind>().HaveConversion<KindConverter>().HaveMaxLength(16);
        configurationBuilder.Properties<DateLabel>().HaveConversion<LowerCaseEnumConverter<DateLabel>>().HaveMaxLength(16);
        configurationBuilder.Properties<DatePrecision>().HaveConversion<LowerCaseEnumConverter<DatePrecision>>().HaveMaxLength(8);
        configurationBuilder.Properties<FieldOrigin>().HaveConversion<LowerCaseEnumConverter<FieldOrigin>>().HaveMaxLength(8);
        configurationBuilder.Properties<AliasOrigin>().HaveConversion<LowerCaseEnumConverter<AliasOrigin>>().HaveMaxLength(16);
    }
}
