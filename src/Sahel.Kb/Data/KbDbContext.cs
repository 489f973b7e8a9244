using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Sahel.Kb.Domain;

namespace Sahel.Kb.Data;

/// <summary>
/// The knowledge base, its admin accounts (ASP.NET Core Identity) and the keys that protect their
/// cookies (ASP.NET Core data protection, shared by every app instance on the database) in one database.
/// </summary>
public sealed class KbDbContext(DbContextOptions<KbDbContext> options) : IdentityDbContext<IdentityUser>(options), IDataProtectionKeyContext
{
    public DbSet<Article> Articles => Set<Article>();

    public DbSet<Alias> Aliases => Set<Alias>();

    public DbSet<ArticleDate> Dates => Set<ArticleDate>();

    public DbSet<Snippet> Snippets => Set<Snippet>();

    public DbSet<RelatedItem> RelatedItems => Set<RelatedItem>();

    public DbSet<Mention> Mentions => Set<Mention>();

    public DbSet<WantedName> WantedNames => Set<WantedName>();

    public DbSet<ImportRun> ImportRuns => Set<ImportRun>();

    public DbSet<ImportChange> ImportChanges => Set<ImportChange>();

    public DbSet<Conflict> Conflicts => Set<Conflict>();

    public DbSet<Revision> Revisions => Set<Revision>();

    public DbSet<KnowledgeVersion> KnowledgeVersions => Set<KnowledgeVersion>();

    public DbSet<Statement> Statements => Set<Statement>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<PreparedPage> PreparedPages => Set<PreparedPage>();

    public DbSet<PageChange> PageChanges => Set<PageChange>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(KbDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<ArticleKind>().HaveConversion<KindConverter>().HaveMaxLength(16);
        configurationBuilder.Properties<DateLabel>().HaveConversion<LowerCaseEnumConverter<DateLabel>>().HaveMaxLength(16);
        configurationBuilder.Properties<DatePrecision>().HaveConversion<LowerCaseEnumConverter<DatePrecision>>().HaveMaxLength(8);
        configurationBuilder.Properties<FieldOrigin>().HaveConversion<LowerCaseEnumConverter<FieldOrigin>>().HaveMaxLength(8);
        configurationBuilder.Properties<AliasOrigin>().HaveConversion<LowerCaseEnumConverter<AliasOrigin>>().HaveMaxLength(16);
        configurationBuilder.Properties<ChangeKind>().HaveConversion<LowerCaseEnumConverter<ChangeKind>>().HaveMaxLength(16);
        configurationBuilder.Properties<ConflictResolution>().HaveConversion<LowerCaseEnumConverter<ConflictResolution>>().HaveMaxLength(16);
    }
}
