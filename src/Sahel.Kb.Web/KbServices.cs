using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using Sahel.Kb.Browse;
using Sahel.Kb.Data;
using Sahel.Kb.Editing;
using Sahel.Kb.Import;
using Sahel.Kb.Web.Admin;
using Sahel.Kb.Web.Prepared;

namespace Sahel.Kb.Web;

/// <summary>The knowledge base's services: options, the database, the importer.</summary>
public static class KbServices
{
    /// <summary>Enough contexts for a busy server's concurrent requests; more would only hold memory.</summary>
    private const int ContextPoolSize = 64;

    public static IServiceCollection AddKnowledgeBase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.Configure<KbOptions>(configuration.GetSection(KbOptions.Section));
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        services.Configure<ImportOptions>(configuration.GetSection(ImportOptions.Section));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ImportOptions>>().Value);
        services.AddSingleton(TimeProvider.System);

        // Pooled contexts: a page does not pay for building a context's services and options. The
        // options are made once, from the configuration the app (or a test) started with.
        services.AddDbContextPool<KbDbContext>(
            (sp, options) =>
            {
                options.UseKbDatabase(Provider(sp), ConnectionString(sp, environment));
                // Interceptors registered in the container (tests count queries with one) apply to every context.
                options.AddInterceptors(sp.GetServices<IInterceptor>());
            },
            poolSize: ContextPoolSize);
        services.AddSingleton<LinkGraphs>();
        services.AddScoped<SeedImporter>();
        services.AddSingleton<RecentEdits>();
        services.AddScoped<ArticleEditor>();
        services.AddScoped<StatementEditor>();
        services.AddSingleton<SeedSet>();
        services.AddSingleton<ImportGate>();
        services.AddSingleton<ContentWatch>();
        services.AddHealthChecks().AddDbContextCheck<KbDbContext>("database");
        services.Configure<PreparedPagesOptions>(configuration.GetSection(PreparedPagesOptions.Section));
        services.AddSingleton<PageRenderer>();
        services.AddSingleton<HotPages>();
        services.AddSingleton(sp => new PageReader(Provider(sp), ConnectionString(sp, environment)));
        services.AddSingleton<PagePreparer>();
        services.AddHostedService(sp => sp.GetRequiredService<PagePreparer>());
        services.AddSingleton<Offline.SiteExporter>();
        services.AddSingleton<Offline.ZimExporter>();
        services.AddSingleton<Offline.OfflineEditions>();
        services.AddSingleton<IInterceptor, CommitSignal>();
        // Cookie and antiforgery keys in the database: every instance on it reads the others' cookies.
        services.AddDataProtection().SetApplicationName("Sahel.Kb").PersistKeysToDbContext<KbDbContext>()
            .ProtectKeysWithConfiguredCertificate(configuration);
        services.AddAdminAccounts(environment);
        return services;
    }

    private static DatabaseProvider Provider(IServiceProvider services) =>
        services.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider;

    private static string ConnectionString(IServiceProvider services, IHostEnvironment environment) =>
        services.GetRequiredService<IConfiguration>().GetConnectionString("Kb")
        ?? (Provider(services) == DatabaseProvider.Sqlite
            ? DefaultConnectionString(environment, services.GetRequiredService<IOptions<KbOptions>>().Value)
            : throw new InvalidOperationException("Kb:Database:Provider is Postgres: set ConnectionStrings:Kb to the server's connection string."));

    private static string DefaultConnectionString(IHostEnvironment environment, KbOptions options)
    {
        var folder = Path.Combine(environment.ContentRootPath, options.DataFolder);
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "kb.db")}";
    }

    /// <summary>Applies migrations and, when the knowledge base is empty, imports the seed folder.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KbDbContext>();
        await DatabaseSetup.MigrateAsync(db);
        if (await db.Articles.AnyAsync())
        {
            return;
        }

        var seeds = scope.ServiceProvider.GetRequiredService<SeedSet>();
        if (seeds.Paths.Count == 0)
        {
            app.Logger.LogWarning("The knowledge base is empty and there is no seed folder at {SeedPath}", Path.GetFullPath(seeds.SeedFolder));
            return;
        }

        await scope.ServiceProvider.GetRequiredService<SeedImporter>().ImportAsync(seeds.Paths, new ImportSettings(CompleteSet: true, StartedBy: "first start"));
    }

    /// <summary>
    /// Reads and builds, before the first request, what an admin's first edit would otherwise wait
    /// for: every article's names, which its relink sieves, the edit's queries and rules, and the
    /// link graph the article's page is prepared from (about 2 s at 100,000 articles). A failure
    /// is logged and the server starts: the first edit then reads what it needs itself.
    /// </summary>
    public static async Task WarmAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KbDbContext>();
        try
        {
            await scope.ServiceProvider.GetRequiredService<RecentEdits>().WarmAsync(db);
            await scope.ServiceProvider.GetRequiredService<ArticleEditor>().RehearseAsync();
            await app.Services.GetRequiredService<LinkGraphs>().AtAsync(await ContentVersion.ReadAsync(db, CancellationToken.None), db, CancellationToken.None);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or EditException)
        {
            app.Logger.LogWarning(e, "Reading ahead for the first edit failed; it reads what it needs when it comes");
        }
    }
}
